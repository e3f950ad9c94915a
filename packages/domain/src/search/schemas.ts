import { z } from "zod";
import { plainText } from "../shared/text";
import { SEARCH_QUERY_MAX } from "./search-limits";

export * from "./search-limits";

/** What to look for in the caller's schedules (title, memo) and todos: part of the text, any case. */
export const searchInput = z.strictObject({
  query: plainText(
    z
      .string({ error: "Type something to search for." })
      .trim()
      .min(1, "Type something to search for.")
      .max(SEARCH_QUERY_MAX, `Keep the search to ${SEARCH_QUERY_MAX} characters.`),
    "The search",
  ),
});
export type SearchInput = z.input<typeof searchInput>;
export type SearchValues = z.output<typeof searchInput>;
