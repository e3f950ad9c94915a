import { SEARCH_RESULT_LIMIT, searchInput } from "@planner/domain";
import { searchResultsOutput } from "../outputs/search";
import { searchOwn } from "../services/search-service";
import { authedProcedure } from "../trpc";

const tags = ["search"];

/** Finding things in the caller's own schedules and todos. */
export const searchRouter = {
  query: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/search",
        tags,
        summary: "Search own schedules and todos",
        description: `Schedules whose title or memo, and todos whose text, contain the query (any case; % and _ are literal), at most ${SEARCH_RESULT_LIMIT} of each kind per group. Schedules are grouped by the day they start in the caller's time zone: from today on, then the past; todos newest first.`,
      },
    })
    .input(searchInput)
    .output(searchResultsOutput)
    .query(({ ctx, input }) => searchOwn(ctx.db, ctx.actor, input, ctx.now())),
};
