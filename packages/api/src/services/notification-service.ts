import type { Database, Notification } from "@planner/db";
import { NotFoundError, type Actor, type ListNotificationsValues, type NotificationIdValues } from "@planner/domain";

/** The caller's own notifications, newest first. */
export function listNotifications(
  db: Database,
  actor: Actor,
  input: ListNotificationsValues,
): Promise<{ items: Notification[]; nextCursor: string | null }> {
  return db.notifications.listForRecipient(actor.userId, input);
}

/** The bell's number. */
export function unreadNotificationCount(db: Database, actor: Actor): Promise<number> {
  return db.notifications.unreadCount(actor.userId);
}

/** Marks one of the caller's notifications read; someone else's is NOT_FOUND, like a missing one. */
export async function markNotificationRead(db: Database, actor: Actor, input: NotificationIdValues, now: Date): Promise<NotificationIdValues> {
  if (!(await db.notifications.markRead(actor.userId, input.id, now))) throw new NotFoundError("That notification", "notificationNotFound");
  return { id: input.id };
}

export async function markAllNotificationsRead(db: Database, actor: Actor, now: Date): Promise<{ marked: number }> {
  return { marked: await db.notifications.markAllRead(actor.userId, now) };
}
