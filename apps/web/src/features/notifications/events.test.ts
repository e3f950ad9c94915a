import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { deferred, fakeOptimisticCache } from "~/test-support/fakes";
import { UNREACHABLE, networkFailure, serverRefusal } from "~/test-support/server-answers";
import {
  handleBellToggle,
  handleMarkAllRead,
  handleNotificationMarkRead,
  handleNotificationOpenSchedule,
  handleNotificationOpenTodo,
  handleNotificationPanelDismiss,
  handleNotificationsLoadMore,
  handleNotificationsRetry,
  type NotificationApi,
  type NotificationEffects,
} from "./events";
import { applyToList, applyToUnreadCount, type NotificationChange, type NotificationListData } from "./notification-cache";
import type { Notification } from "./types";

// A reminder of a schedule that starts at 10:00 UTC, written a day before.
const STARTS = new Date("2030-01-09T10:00:00Z");

function notification(text: string, readAt: Date | null = null): Notification {
  return {
    id: randomUUID(),
    kind: "SCHEDULE_REMINDER",
    scheduleId: randomUUID(),
    text,
    occurrenceStartAt: STARTS,
    todoId: null,
    todoDueAt: null,
    createdAt: new Date(STARTS.getTime() - 86_400_000 + 40_000),
    readAt,
  };
}

const unread = notification("Dentist tomorrow at 10:00");
const unreadToo = notification("Standup tomorrow at 10:00");
const read = notification("Review tomorrow at 10:00", new Date("2030-01-08T11:00:00Z"));

type Screen = { unread: number; list: NotificationListData };

function setUp(api: Partial<NotificationApi> = {}) {
  // Five unread in all: two of them on the page loaded so far.
  const initial: Screen = { unread: 5, list: { pages: [{ items: [unread, unreadToo, read], nextCursor: "next" }], pageParams: [null] } };
  const { cache, state } = fakeOptimisticCache(initial, (screen: Screen, change: NotificationChange) => ({
    unread: applyToUnreadCount(screen.unread, change),
    list: applyToList(screen.list, change),
  }));
  const effects: NotificationEffects = {
    api: { markRead: vi.fn().mockResolvedValue({}), markAllRead: vi.fn(), scheduleStart: vi.fn(), ...api },
    cache: { ...cache, unreadCount: () => state().unread, loaded: () => state().list.pages.flatMap((page) => page.items) },
    notices: { error: vi.fn() },
  };
  const rows = () => state().list.pages[0]!.items;
  return { effects, cache, state, rows, initial };
}

const bellUi = () => ({ setOpen: vi.fn(), focusBell: vi.fn() });

describe("the bell and its panel", () => {
  it("opens and closes the panel", () => {
    const ui = bellUi();
    handleBellToggle(false, ui);
    handleBellToggle(true, ui);
    expect(ui.setOpen.mock.calls).toEqual([[true], [false]]);
  });

  it("gives focus back to the bell only after Escape", () => {
    const ui = bellUi();
    handleNotificationPanelDismiss("outside", ui);
    expect(ui.focusBell).not.toHaveBeenCalled();
    handleNotificationPanelDismiss("escape", ui);
    expect(ui.setOpen.mock.calls).toEqual([[false], [false]]);
    expect(ui.focusBell).toHaveBeenCalledTimes(1);
  });

  it("loads more, and tries again", () => {
    const list = { loadMore: vi.fn(), retry: vi.fn() };
    handleNotificationsLoadMore(list);
    handleNotificationsRetry(list);
    expect(list.loadMore).toHaveBeenCalledTimes(1);
    expect(list.retry).toHaveBeenCalledTimes(1);
  });
});

describe("handleNotificationMarkRead", () => {
  it("drops the badge and marks the row in the same tick, before the server answers", async () => {
    const answer = deferred<unknown>();
    const { effects, state, rows, cache } = setUp({ markRead: vi.fn(() => answer.promise) });
    const done = handleNotificationMarkRead(unread, effects);
    expect(effects.api.markRead).toHaveBeenCalledWith({ id: unread.id });
    expect(state().unread).toBe(4);
    expect(rows()[0]!.readAt).toBeInstanceOf(Date);
    answer.resolve({});
    await done;
    expect(state().unread).toBe(4);
    expect(cache.settle).toHaveBeenCalledTimes(1);
  });

  it("does nothing for one already read", async () => {
    const { effects, cache } = setUp();
    await handleNotificationMarkRead(read, effects);
    expect(effects.api.markRead).not.toHaveBeenCalled();
    expect(cache.apply).not.toHaveBeenCalled();
  });

  it("puts the badge and the row back when the server refuses", async () => {
    const { effects, state, initial } = setUp({ markRead: vi.fn().mockRejectedValue(serverRefusal("That notification is gone.", { code: "NOT_FOUND" })) });
    await handleNotificationMarkRead(unread, effects);
    expect(state()).toEqual(initial);
    expect(effects.notices.error).toHaveBeenCalledWith("That notification is gone.");
  });

  it("puts the badge and the row back when the server cannot be reached", async () => {
    const { effects, state, initial } = setUp({ markRead: vi.fn().mockRejectedValue(networkFailure()) });
    await handleNotificationMarkRead(unread, effects);
    expect(state()).toEqual(initial);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleMarkAllRead", () => {
  it("clears the badge, also for pages not loaded, and marks every loaded row", async () => {
    const { effects, state, rows } = setUp({ markAllRead: vi.fn().mockResolvedValue({ marked: 5 }) });
    await handleMarkAllRead(effects);
    expect(effects.api.markAllRead).toHaveBeenCalled();
    expect(state().unread).toBe(0);
    expect(rows().every((row) => row.readAt)).toBe(true);
    expect(rows()[2]!.readAt).toEqual(read.readAt);
  });

  it("asks nothing when nothing is unread", async () => {
    const { effects, cache } = setUp();
    cache.apply({ before: [], after: [], unreadDelta: -5 });
    cache.apply({ before: [unread, unreadToo], after: [{ ...unread, readAt: new Date() }, { ...unreadToo, readAt: new Date() }], unreadDelta: 0 });
    await handleMarkAllRead(effects);
    expect(effects.api.markAllRead).not.toHaveBeenCalled();
  });

  it("brings back every unread one when the server refuses", async () => {
    const { effects, state, initial } = setUp({ markAllRead: vi.fn().mockRejectedValue(serverRefusal("Too many requests.", { code: "TOO_MANY_REQUESTS" })) });
    await handleMarkAllRead(effects);
    expect(state()).toEqual(initial);
    expect(effects.notices.error).toHaveBeenCalledWith("Too many requests.");
  });

  it("brings back every unread one when the server cannot be reached", async () => {
    const { effects, state, initial } = setUp({ markAllRead: vi.fn().mockRejectedValue(networkFailure()) });
    await handleMarkAllRead(effects);
    expect(state()).toEqual(initial);
    expect(effects.notices.error).toHaveBeenCalledWith(UNREACHABLE);
  });
});

describe("handleNotificationOpenTodo", () => {
  const linkUi = () => ({ setOpen: vi.fn(), focusBell: vi.fn(), navigate: vi.fn() });
  // A todo due at 23:30 UTC on 9 January: the 10th in Seoul.
  const todoReminder = (todoId: string | null): Notification => ({
    ...notification("Reminder: “Pay rent” is due in 10 minutes"),
    kind: "TODO_REMINDER",
    scheduleId: null,
    occurrenceStartAt: null,
    todoId,
    todoDueAt: new Date("2030-01-09T23:30:00Z"),
  });

  it("closes the panel, marks the reminder read and opens the day the todo was due, in the calendar's zone", () => {
    const { effects, state } = setUp();
    const reminder = todoReminder(randomUUID());
    const ui = linkUi();
    handleNotificationOpenTodo(reminder, effects, ui, "Asia/Seoul");
    expect(ui.setOpen).toHaveBeenCalledWith(false);
    expect(ui.navigate).toHaveBeenCalledWith("/calendar?view=day&date=2030-01-10");
    expect(effects.api.markRead).toHaveBeenCalledWith({ id: reminder.id });
    // Marked read at once: the badge drops before the server answers.
    expect(state().unread).toBe(4);
  });

  it("does nothing for a deleted todo's reminder, or a schedule's", () => {
    const { effects } = setUp();
    const ui = linkUi();
    handleNotificationOpenTodo(todoReminder(null), effects, ui, "UTC");
    handleNotificationOpenTodo(unread, effects, ui, "UTC");
    expect(ui.setOpen).not.toHaveBeenCalled();
    expect(ui.navigate).not.toHaveBeenCalled();
    expect(effects.api.markRead).not.toHaveBeenCalled();
  });
});

describe("handleNotificationOpenSchedule", () => {
  const linkUi = () => ({ setOpen: vi.fn(), focusBell: vi.fn(), navigate: vi.fn() });

  it("closes the panel, marks the reminder read and opens the day the schedule starts now", async () => {
    // Moved since the reminder: to the next day, 01:00 in Seoul.
    const { effects, state } = setUp({ scheduleStart: vi.fn().mockResolvedValue(new Date("2030-01-09T16:00:00Z")) });
    const ui = linkUi();
    await handleNotificationOpenSchedule(unread, effects, ui, "Asia/Seoul");
    expect(ui.setOpen).toHaveBeenCalledWith(false);
    expect(effects.api.scheduleStart).toHaveBeenCalledWith({ id: unread.scheduleId });
    expect(ui.navigate).toHaveBeenCalledWith("/calendar?view=day&date=2030-01-10");
    expect(effects.api.markRead).toHaveBeenCalledWith({ id: unread.id });
    expect(state().unread).toBe(4);
  });

  it("says so when the schedule has been deleted, and goes nowhere", async () => {
    const { effects } = setUp({ scheduleStart: vi.fn().mockRejectedValue(serverRefusal("That schedule does not exist.", { code: "NOT_FOUND" })) });
    const ui = linkUi();
    await handleNotificationOpenSchedule(unread, effects, ui, "UTC");
    expect(effects.notices.error).toHaveBeenCalledWith("That schedule has been deleted.");
    expect(ui.navigate).not.toHaveBeenCalled();
  });

  it("opens the day the reminder points at when the server cannot be reached", async () => {
    const { effects } = setUp({ scheduleStart: vi.fn().mockRejectedValue(networkFailure()) });
    const ui = linkUi();
    await handleNotificationOpenSchedule(read, effects, ui, "UTC");
    expect(ui.navigate).toHaveBeenCalledWith("/calendar?view=day&date=2030-01-09");
    expect(effects.notices.error).not.toHaveBeenCalled();
  });

  it("only closes the panel for a notification about no schedule", async () => {
    const { effects } = setUp();
    const ui = linkUi();
    await handleNotificationOpenSchedule({ ...read, scheduleId: null }, effects, ui, "UTC");
    expect(ui.setOpen).toHaveBeenCalledWith(false);
    expect(effects.api.scheduleStart).not.toHaveBeenCalled();
    expect(ui.navigate).not.toHaveBeenCalled();
  });
});
