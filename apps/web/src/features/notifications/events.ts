import type { DismissReason } from "~/components/use-dismiss";
import type { Effects, Notices } from "~/kit/effects";
import { optimistically, type OptimisticCache } from "~/kit/optimistic";
import { tr } from "~/i18n/translator";
import { errorMessage, serverErrorCode } from "~/trpc/errors";
import { calendarDayHref, estimatedScheduleStart, todoReminderDueAt } from "./labels";
import { invertNotificationChange, markedAllRead, markedRead, type NotificationChange } from "./notification-cache";
import type { Notification } from "./types";

// Event handlers of the notification bell: opening and closing its panel,
// marking read (one or all), paging. Marking read shows at once
// (optimistically: the badge drops in the same tick) and is rolled back with a
// toast if the server refuses. The views only render and wire them; none of
// these throw.

/** The tRPC calls, as plain async functions. */
export type NotificationApi = {
  markRead: (input: { id: string }) => Promise<unknown>;
  markAllRead: () => Promise<{ marked: number }>;
  /** When a schedule starts now (it may have moved since the reminder). */
  scheduleStart: (input: { id: string }) => Promise<Date>;
};

/** The cached count and list, and what is on screen now: the badge's count and the rows loaded so far. */
type NotificationCache = OptimisticCache<NotificationChange> & {
  unreadCount: () => number;
  loaded: () => Notification[];
};

export type NotificationEffects = Effects<NotificationApi, NotificationCache, Pick<Notices, "error">>;

/** What a handler may do to the bell and its panel. */
export type BellUi = {
  setOpen: (open: boolean) => void;
  focusBell: () => void;
};

/** A reminder's link also leaves the page. */
type ScheduleLinkUi = BellUi & { navigate: (url: string) => void };

export type NotificationListControls = { loadMore: () => void; retry: () => void };

const rollback = { invert: invertNotificationChange };

/** The bell: opens the panel (the panel takes focus), or closes it again. */
export function handleBellToggle(open: boolean, ui: BellUi) {
  ui.setOpen(!open);
}

/** Escape gives focus back to the bell; a click or Tab elsewhere leaves it where the user put it. */
export function handleNotificationPanelDismiss(reason: DismissReason, ui: BellUi) {
  ui.setOpen(false);
  if (reason === "escape") ui.focusBell();
}

/** "Mark read" on one notification. */
export async function handleNotificationMarkRead(notification: Notification, effects: NotificationEffects) {
  // The ids come from the server's own list: there is nothing to check them against here (the server checks every input).
  if (notification.readAt) return;
  const outcome = await optimistically(effects.cache, markedRead(notification, new Date()), () => effects.api.markRead({ id: notification.id }), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/** "Mark all read": every unread notification, also those on pages not loaded yet. */
export async function handleMarkAllRead(effects: NotificationEffects) {
  const change = markedAllRead(effects.cache.loaded(), effects.cache.unreadCount(), new Date());
  if (change.unreadDelta === 0 && change.after.length === 0) return;
  const outcome = await optimistically(effects.cache, change, () => effects.api.markAllRead(), rollback);
  if (!outcome.ok) effects.notices.error(errorMessage(outcome.error));
}

/**
 * "Open in calendar" on a reminder: the panel closes, the reminder counts as
 * read (it has been acted on), and the calendar opens on the day the schedule
 * starts now. The link's own address (used for a new tab) is only an estimate
 * from the reminder's time; this asks the server. A deleted schedule says so.
 */
export async function handleNotificationOpenSchedule(
  notification: Notification,
  effects: NotificationEffects,
  ui: ScheduleLinkUi,
  timeZone?: string,
) {
  ui.setOpen(false);
  void handleNotificationMarkRead(notification, effects);
  const estimate = estimatedScheduleStart(notification);
  const scheduleId = notification.scheduleId;
  if (!scheduleId || !estimate) return;
  try {
    ui.navigate(calendarDayHref(await effects.api.scheduleStart({ id: scheduleId }), timeZone));
  } catch (error) {
    if (serverErrorCode(error) === "NOT_FOUND") effects.notices.error(tr("notifications.scheduleDeleted"));
    else ui.navigate(calendarDayHref(estimate, timeZone));
  }
}

/**
 * "Open in calendar" on a todo reminder: the panel closes, the reminder counts
 * as read, and the calendar opens on the day the todo was due, where it can be
 * ticked off.
 */
export function handleNotificationOpenTodo(notification: Notification, effects: NotificationEffects, ui: ScheduleLinkUi, timeZone?: string) {
  const dueAt = todoReminderDueAt(notification);
  if (!dueAt) return;
  ui.setOpen(false);
  void handleNotificationMarkRead(notification, effects);
  ui.navigate(calendarDayHref(dueAt, timeZone));
}

/** "Load more" under the list. */
export function handleNotificationsLoadMore(list: NotificationListControls) {
  list.loadMore();
}

/** "Try again" after the list failed to load. */
export function handleNotificationsRetry(list: NotificationListControls) {
  list.retry();
}
