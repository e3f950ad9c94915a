import { listNotificationsInput, notificationIdInput } from "@planner/domain";
import { markedReadOutput, notificationIdOutput, notificationPageOutput, unreadCountOutput } from "../outputs/notification";
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "../services/notification-service";
import { authedProcedure } from "../trpc";

const tags = ["notifications"];

/** The caller's notification centre: the bell's count, the list, marking read. */
export const notificationRouter = {
  list: authedProcedure
    .meta({ openapi: { method: "GET", path: "/notifications", tags, summary: "Your notifications, newest first, a page at a time", description: "unreadOnly=true for the unread ones; pass nextCursor back as cursor." } })
    .input(listNotificationsInput)
    .output(notificationPageOutput)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: authedProcedure
    .meta({ openapi: { method: "GET", path: "/notifications/unread-count", tags, summary: "How many of your notifications are unread", description: "A bare number: the bell's count." } })
    .output(unreadCountOutput)
    .query(({ ctx }) => unreadNotificationCount(ctx.db, ctx.actor)),
  markRead: authedProcedure
    .meta({ openapi: { method: "POST", path: "/notifications/{id}/read", tags, summary: "Mark one notification read" } })
    .input(notificationIdInput)
    .output(notificationIdOutput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.actor, input, ctx.now())),
  markAllRead: authedProcedure
    .meta({ openapi: { method: "POST", path: "/notifications/read-all", tags, summary: "Mark every notification read" } })
    .output(markedReadOutput)
    .mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor, ctx.now())),
};
