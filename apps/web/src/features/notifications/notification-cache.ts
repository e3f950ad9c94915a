import type { InfiniteData } from "@tanstack/react-query";
import type { Notification, NotificationListPage } from "./types";

// Pure edits of the cached notification list and unread count, for optimistic
// updates. Every edit is a change that can be inverted, so a refused one is
// rolled back without undoing other edits made while it was on its way.

export type NotificationListData = InfiniteData<NotificationListPage, string | null>;

/** Rows as they were and as they become, and how far the unread count moves. */
export type NotificationChange = { before: Notification[]; after: Notification[]; unreadDelta: number };

export function invertNotificationChange(change: NotificationChange): NotificationChange {
  return { before: change.after, after: change.before, unreadDelta: -change.unreadDelta };
}

/** One notification marked read now. Nothing moves if it already was. */
export function markedRead(notification: Notification, at: Date): NotificationChange {
  if (notification.readAt) return { before: [], after: [], unreadDelta: 0 };
  return { before: [notification], after: [{ ...notification, readAt: at }], unreadDelta: -1 };
}

/**
 * Everything marked read: the rows loaded so far change on screen, and the
 * count drops to zero (it also covers unread ones on pages not loaded yet).
 */
export function markedAllRead(loaded: Notification[], unreadCount: number, at: Date): NotificationChange {
  const unread = loaded.filter((notification) => !notification.readAt);
  return { before: unread, after: unread.map((notification) => ({ ...notification, readAt: at })), unreadDelta: -unreadCount };
}

export function applyToUnreadCount(count: number, change: NotificationChange): number {
  return Math.max(0, count + change.unreadDelta);
}

/** The cached list after the change: the rows change in place (the bell lists read and unread ones alike). */
export function applyToList(data: NotificationListData, change: NotificationChange): NotificationListData {
  if (change.after.length === 0) return data;
  const replacements = new Map(change.after.map((notification) => [notification.id, notification]));
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => replacements.get(item.id) ?? item) })) };
}
