import { NotFoundError, listNotificationsInput, notificationIdInput } from "@planner/domain";
import { authedProcedure } from "../trpc";

/** The caller's notification centre: the bell's count, the list, marking read. */
export const notificationRouter = {
  list: authedProcedure
    .input(listNotificationsInput)
    .query(({ ctx, input }) => ctx.db.notifications.listForRecipient(ctx.actor.userId, input)),
  unreadCount: authedProcedure.query(({ ctx }) => ctx.db.notifications.unreadCount(ctx.actor.userId)),
  markRead: authedProcedure.input(notificationIdInput).mutation(async ({ ctx, input }) => {
    if (!(await ctx.db.notifications.markRead(ctx.actor.userId, input.id, ctx.now()))) throw new NotFoundError("That notification");
    return { id: input.id };
  }),
  markAllRead: authedProcedure.mutation(async ({ ctx }) => ({ marked: await ctx.db.notifications.markAllRead(ctx.actor.userId, ctx.now()) })),
};
