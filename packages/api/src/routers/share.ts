import { grantShareInput, revokeShareInput } from "@planner/domain";
import { calendarsSharedWith, followersOf, grantShare, revokeShare } from "../services/share-service";
import { authedProcedure } from "../trpc";

/** An owner shares their calendar with subscribers; a subscriber sees what is shared with them. */
export const shareRouter = {
  followers: authedProcedure.query(({ ctx }) => followersOf(ctx.db, ctx.actor.userId)),
  grant: authedProcedure.input(grantShareInput).mutation(({ ctx, input }) => grantShare(ctx.db, ctx.actor, { ownerId: ctx.actor.userId, ...input })),
  revoke: authedProcedure.input(revokeShareInput).mutation(({ ctx, input }) => revokeShare(ctx.db, { ownerId: ctx.actor.userId, ...input })),
  sharedWithMe: authedProcedure.query(({ ctx }) => calendarsSharedWith(ctx.db, ctx.actor)),
};
