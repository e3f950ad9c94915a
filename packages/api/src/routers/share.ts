import { grantShareInput, revokeShareInput } from "@planner/domain";
import { followersOutput, sharedCalendarsOutput } from "../outputs/share";
import { calendarsSharedWith, followersOf, grantShare, revokeShare } from "../services/share-service";
import { authedProcedure } from "../trpc";

const tags = ["shares"];

/** An owner shares their calendar with subscribers; a subscriber sees what is shared with them. */
export const shareRouter = {
  followers: authedProcedure
    .meta({ openapi: { method: "GET", path: "/shares/followers", tags, summary: "Who may read your calendar" } })
    .output(followersOutput)
    .query(({ ctx }) => followersOf(ctx.db, ctx.actor.userId)),
  grant: authedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/shares",
        tags,
        summary: "Share your calendar with a subscriber",
        description: "Name a SUBSCRIBER account by username or e-mail; it may then read your schedules. Returns every follower.",
      },
    })
    .input(grantShareInput)
    .output(followersOutput)
    .mutation(({ ctx, input }) => grantShare(ctx.db, ctx.actor, { ownerId: ctx.actor.userId, ...input })),
  revoke: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/shares/{subscriberId}", tags, summary: "Stop sharing your calendar with a subscriber", description: "Returns the followers left." } })
    .input(revokeShareInput)
    .output(followersOutput)
    .mutation(({ ctx, input }) => revokeShare(ctx.db, { ownerId: ctx.actor.userId, ...input })),
  sharedWithMe: authedProcedure
    .meta({ openapi: { method: "GET", path: "/shares/shared-with-me", tags, summary: "Calendars shared with you", description: "Read their schedules with GET /schedules?includeShared=true." } })
    .output(sharedCalendarsOutput)
    .query(({ ctx }) => calendarsSharedWith(ctx.db, ctx.actor)),
};
