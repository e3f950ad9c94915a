"use client";

import { useRouter } from "next/navigation";
import { useShortcut } from "~/features/shortcuts/use-shortcut";
import { calendarShortcutHref, type CalendarMove } from "./calendar-shortcuts";
import { readCalendarState, type CalendarState } from "./calendar-state";

type CalendarShortcutsOptions = {
  state: CalendarState;
  basePath: string;
  timeZone: string;
  /** Changes the calendar's query without a server round trip. */
  navigate: (url: string) => void;
  /** The same schedules as a list (a). */
  listPath: string;
  /** Opens the new-schedule dialog (c); absent where the calendar is read-only. */
  createSchedule?: () => void;
};

/** The calendar's keys, as in Google Calendar: c, t, d / w / m, a, and j / k or → / ← (see the ? dialog). */
export function useCalendarShortcuts({ state, basePath, timeZone, navigate, listPath, createSchedule }: CalendarShortcutsOptions) {
  const router = useRouter();
  const go = (move: CalendarMove) => () => navigate(calendarShortcutHref(move, addressState(state, timeZone), basePath, timeZone));
  useShortcut("c", () => createSchedule?.(), createSchedule !== undefined);
  useShortcut("t", go("today"));
  useShortcut("d", go({ view: "day" }));
  useShortcut("w", go({ view: "week" }));
  useShortcut("m", go({ view: "month" }));
  useShortcut("j, right", go({ step: 1 }));
  useShortcut("k, left", go({ step: -1 }));
  useShortcut("a", () => router.push(listPath));
}

/**
 * The state the address bar holds now. Next applies a pushState to
 * useSearchParams in a transition, after the key's event: two quick presses of
 * ← would both start from the state rendered before the first and move one day.
 * The address is current at once; what it leaves out is what was rendered.
 */
function addressState(rendered: CalendarState, timeZone: string): CalendarState {
  const address = new URLSearchParams(window.location.search);
  const shown: Record<string, string> = { view: rendered.view, date: rendered.date, filter: rendered.filter };
  return readCalendarState({ get: (name) => address.get(name) ?? shown[name] ?? null }, { timeZone, phone: false });
}
