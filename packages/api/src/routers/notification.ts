import { listNotificationsInput, notificationIdInput } from "@planner/domain";
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "../services/notification-service";
import { authedProcedure } from "../trpc";

/** The caller's notification centre: the bell's count, the list, marking read. */
export const notificationRouter = {
  list: authedProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: authedProcedure.query(({ ctx }) => unreadNotificationCount(ctx.db, ctx.actor)),
  markRead: authedProcedure.input(notificationIdInput).mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.actor, input, ctx.now())),
  markAllRead: authedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor, ctx.now())),
};
