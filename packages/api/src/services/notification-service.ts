import type { Database, Notification } from "@planner/db";
import { NotFoundError, dueAtOfTodoReminderKey, occurrenceOfReminderKey, type Actor, type ListNotificationsValues, type NotificationIdValues } from "@planner/domain";

/**
 * A notification as the bell shows it: for a schedule reminder, the start of
 * the occurrence it is about; for a todo reminder, the due time it was for.
 */
export type NotificationView = Omit<Notification, "dedupeKey"> & { occurrenceStartAt: Date | null; todoDueAt: Date | null };

/** The caller's own notifications, newest first. */
export async function listNotifications(
  db: Database,
  actor: Actor,
  input: ListNotificationsValues,
): Promise<{ items: NotificationView[]; nextCursor: string | null }> {
  const page = await db.notifications.listForRecipient(actor.userId, input);
  return { ...page, items: page.items.map(({ dedupeKey, ...notification }) => ({
      ...notification,
      occurrenceStartAt: occurrenceOfReminderKey(dedupeKey),
      todoDueAt: dueAtOfTodoReminderKey(dedupeKey),
    })) };
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
