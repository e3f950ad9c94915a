"use client";

import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import type { DateRange } from "@planner/domain";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { TabLinks, isPlainClick } from "~/components/tab-links";
import { SCHEDULE_FILTERS, SCHEDULE_FILTER_LABELS } from "./filter";
import { DATE_LOCALE, formatLongDate, middayOf, todayIn } from "./zoned-time";
import { CALENDAR_VIEWS, CALENDAR_VIEW_LABELS, calendarHref, rangeHolds, shiftCalendarDate, type CalendarState } from "./calendar-state";
import { handleCalendarFilterSelect, handleCalendarNavigate, handleCalendarViewSelect } from "./events";

type CalendarToolbarProps = {
  state: CalendarState;
  visible: DateRange;
  timeZone: string;
  basePath: string;
  navigate: (url: string) => void;
  /** Shown while the window loads. */
  busy: boolean;
  /** Shorter titles on phones. */
  phone: boolean;
  /** The time-zone field, the new-schedule button: what differs between the own and the admin calendar. */
  children?: ReactNode;
};

const STEP_BUTTON =
  "grid size-9 place-items-center rounded-lg text-slate-600 transition hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** Today / previous / next, the period's title, Month / Week / Day and All / Planned / Done; all links into the URL. */
export function CalendarToolbar({ state, visible, timeZone, basePath, navigate, busy, phone, children }: CalendarToolbarProps) {
  const showsToday = rangeHolds(visible, new Date());
  const step = (direction: "previous" | "next") => (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    handleCalendarNavigate(direction, state, timeZone, basePath, navigate);
  };

  return (
    <div className="space-y-3">
      {/* Desktop: Today ‹ › Title … Views. Phone: Title ‹ › on one line, Today … Views below. */}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-2 sm:gap-x-3">
        <Link
          href={calendarHref(basePath, { ...state, date: todayIn(timeZone) })}
          prefetch={false}
          scroll={false}
          aria-disabled={showsToday || undefined}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            handleCalendarNavigate("today", state, timeZone, basePath, navigate);
          }}
          className={`order-4 rounded-lg border px-3 py-1.5 text-sm font-medium shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:order-none ${
            showsToday ? "border-slate-200 bg-slate-50 text-slate-400" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
          }`}
        >
          Today
        </Link>
        <div className="order-2 flex items-center sm:order-none">
          <Link
            href={calendarHref(basePath, { ...state, date: shiftCalendarDate(state, -1) })}
            prefetch={false}
            scroll={false}
            aria-label={`Previous ${state.view}`}
            title={`Previous ${state.view}`}
            onClick={step("previous")}
            className={STEP_BUTTON}
          >
            <ChevronLeftIcon className="size-5" />
          </Link>
          <Link
            href={calendarHref(basePath, { ...state, date: shiftCalendarDate(state, 1) })}
            prefetch={false}
            scroll={false}
            aria-label={`Next ${state.view}`}
            title={`Next ${state.view}`}
            onClick={step("next")}
            className={STEP_BUTTON}
          >
            <ChevronRightIcon className="size-5" />
          </Link>
        </div>
        <h2
          className="order-1 flex min-w-0 flex-1 items-center gap-2 text-lg font-semibold tracking-tight text-slate-900 sm:order-none"
          aria-live="polite"
          data-testid="calendar-title"
        >
          <span className="truncate">{periodTitle(state, visible, timeZone, phone)}</span>
          {busy && (
            <span role="status" className="size-4 shrink-0 animate-spin rounded-full border-2 border-slate-200 border-t-brand-600">
              <span className="sr-only">Loading schedules…</span>
            </span>
          )}
        </h2>
        <div aria-hidden className="order-3 h-0 basis-full sm:hidden" />
        <div className="order-5 ml-auto sm:order-none">
          <TabLinks
            label="Calendar view"
            testId="calendar-views"
            current={state.view}
            onSelect={(view) => handleCalendarViewSelect(view, state, basePath, navigate)}
            tabs={CALENDAR_VIEWS.map((view) => ({ key: view, label: CALENDAR_VIEW_LABELS[view], href: calendarHref(basePath, { ...state, view }) }))}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <TabLinks
          label="Filter schedules"
          current={state.filter}
          onSelect={(filter) => handleCalendarFilterSelect(filter, state, basePath, navigate)}
          tabs={SCHEDULE_FILTERS.map((filter) => ({ key: filter, label: SCHEDULE_FILTER_LABELS[filter], href: calendarHref(basePath, { ...state, filter }) }))}
        />
        <div className="flex w-full min-w-0 items-center gap-2 sm:w-auto sm:flex-1 sm:justify-end sm:gap-3">{children}</div>
      </div>
    </div>
  );
}

const monthTitle = new Intl.DateTimeFormat(DATE_LOCALE, { month: "long", year: "numeric", timeZone: "UTC" });

const shortDayTitle = new Intl.DateTimeFormat(DATE_LOCALE, { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** "November 2026", "Nov 16 – 22, 2026", "Monday, November 23, 2026" (on phones "Mon, Nov 23, 2026"). */
function periodTitle(state: CalendarState, visible: DateRange, timeZone: string, phone: boolean): string {
  if (state.view === "month") return monthTitle.format(middayOf(state.date, "UTC"));
  if (state.view === "day") return phone ? shortDayTitle.format(middayOf(state.date, "UTC")) : formatLongDate(state.date);
  // Put together by hand: ICU versions (server, browser) space formatRange's dash differently.
  const first = dateParts(visible.from, timeZone);
  const last = dateParts(new Date(visible.to.getTime() - 1), timeZone);
  if (first.year !== last.year) return `${first.month} ${first.day}, ${first.year} – ${last.month} ${last.day}, ${last.year}`;
  if (first.month !== last.month) return `${first.month} ${first.day} – ${last.month} ${last.day}, ${last.year}`;
  return `${first.month} ${first.day} – ${last.day}, ${last.year}`;
}

function dateParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat(DATE_LOCALE, { month: "short", day: "numeric", year: "numeric", timeZone }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return { month: part("month"), day: part("day"), year: part("year") };
}
