"use client";

import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { DateRange, Locale } from "@planner/domain";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { TabLinks, isPlainClick } from "~/components/tab-links";
import { SCHEDULE_FILTERS, SCHEDULE_FILTER_KEYS } from "./filter";
import { formatLongDate, formatter, middayOf, todayIn } from "./zoned-time";
import { CALENDAR_VIEWS, calendarHref, rangeHolds, shiftCalendarDate, type CalendarState } from "./calendar-state";
import { CalendarMenu } from "./calendar-menu";
import { handleCalendarFilterSelect, handleCalendarNavigate, handleCalendarViewSelect } from "./events";

type CalendarToolbarProps = {
  state: CalendarState;
  visible: DateRange;
  timeZone: string;
  basePath: string;
  navigate: (url: string) => void;
  /** Shown while the window loads. */
  busy: boolean;
  /** One row and a menu on phones (the menu's panel holds the rest). */
  phone: boolean;
  /** The time-zone field, or whose zone the times are in: beside the filters, or in the phone's menu. */
  zone: ReactNode;
  /** The new-schedule button on wider screens (phones have a floating one). */
  actions?: ReactNode;
};

const STEP_BUTTON =
  "grid size-9 place-items-center rounded-lg text-slate-600 transition hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const TODAY_BUTTON =
  "items-center justify-center rounded-lg border px-3 py-1.5 text-sm font-medium shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/**
 * Today / previous / next, the period's title, Month / Week / Day and All / Planned / Done; all links into the URL.
 * Desktop: Today ‹ › Title … Views, then Filters … Zone, New. Phone: Title ‹ › [Day ▾], one row; the menu holds the rest.
 */
export function CalendarToolbar({ state, visible, timeZone, basePath, navigate, busy, phone, zone, actions }: CalendarToolbarProps) {
  const t = useTranslations();
  const locale = useLocale();
  const showsToday = rangeHolds(visible, new Date());
  const step = (direction: "previous" | "next") => (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    handleCalendarNavigate(direction, state, timeZone, basePath, navigate);
  };
  const todayLink = (className: string, then?: () => void) => (
    <Link
      href={calendarHref(basePath, { ...state, date: todayIn(timeZone) })}
      prefetch={false}
      scroll={false}
      aria-disabled={showsToday || undefined}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        handleCalendarNavigate("today", state, timeZone, basePath, navigate);
        then?.();
      }}
      className={`${TODAY_BUTTON} ${className} ${
        showsToday ? "border-slate-200 bg-slate-50 text-slate-400" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
      }`}
    >
      {t("schedule.today")}
    </Link>
  );
  const views = (fullWidth: boolean, then?: () => void) => (
    <TabLinks
      label={t("schedule.viewLabel")}
      testId="calendar-views"
      current={state.view}
      fullWidthOnPhone={fullWidth}
      onSelect={(view) => {
        handleCalendarViewSelect(view, state, basePath, navigate);
        then?.();
      }}
      tabs={CALENDAR_VIEWS.map((view) => ({ key: view, label: t(`schedule.view${view}`), href: calendarHref(basePath, { ...state, view }) }))}
    />
  );
  const filters = (fullWidth: boolean, then?: () => void) => (
    <TabLinks
      label={t("schedule.filterLabel")}
      current={state.filter}
      fullWidthOnPhone={fullWidth}
      onSelect={(filter) => {
        handleCalendarFilterSelect(filter, state, basePath, navigate);
        then?.();
      }}
      tabs={SCHEDULE_FILTERS.map((filter) => ({ key: filter, label: t(SCHEDULE_FILTER_KEYS[filter]), href: calendarHref(basePath, { ...state, filter }) }))}
    />
  );

  return (
    <div className="space-y-3">
      <div className="flex items-center gap-1 sm:gap-3">
        {todayLink("hidden sm:inline-flex")}
        <div className="order-2 flex shrink-0 items-center sm:order-none">
          <Link
            href={calendarHref(basePath, { ...state, date: shiftCalendarDate(state, -1) })}
            prefetch={false}
            scroll={false}
            aria-label={t("schedule.previous", { view: state.view })}
            title={t("schedule.previous", { view: state.view })}
            onClick={step("previous")}
            className={STEP_BUTTON}
          >
            <ChevronLeftIcon className="size-5" />
          </Link>
          <Link
            href={calendarHref(basePath, { ...state, date: shiftCalendarDate(state, 1) })}
            prefetch={false}
            scroll={false}
            aria-label={t("schedule.next", { view: state.view })}
            title={t("schedule.next", { view: state.view })}
            onClick={step("next")}
            className={STEP_BUTTON}
          >
            <ChevronRightIcon className="size-5" />
          </Link>
        </div>
        <h2
          className="order-1 flex min-w-0 flex-1 items-center gap-2 text-base font-semibold tracking-tight text-slate-900 sm:order-none sm:text-lg"
          aria-live="polite"
          data-testid="calendar-title"
        >
          <span className="truncate">{periodTitle(state, visible, timeZone, phone, locale, t)}</span>
          {busy && (
            <span role="status" className="size-4 shrink-0 animate-spin rounded-full border-2 border-slate-200 border-t-brand-600">
              <span className="sr-only">{t("schedule.loadingSchedules")}</span>
            </span>
          )}
        </h2>
        {!phone && <div className="ml-auto hidden sm:block">{views(false)}</div>}
        <div className="order-3 sm:hidden">
          {phone && (
            <CalendarMenu view={state.view}>
              {(close) => (
                <>
                  {todayLink("flex w-full", close)}
                  {views(true, close)}
                  {filters(true, close)}
                  <div className="flex min-w-0 items-center gap-2">{zone}</div>
                </>
              )}
            </CalendarMenu>
          )}
        </div>
      </div>
      {!phone && (
        <div className="hidden flex-wrap items-center gap-x-4 gap-y-2 sm:flex">
          {filters(false)}
          {/* Wraps under the filters rather than shrink over them (at 200% zoom the row is about 700 px). */}
          <div className="flex flex-1 flex-wrap items-center justify-end gap-3">
            {zone}
            {actions}
          </div>
        </div>
      )}
    </div>
  );
}

type WeekTitles = (key: "schedule.weekTitleSameMonth" | "schedule.weekTitleSameYear" | "schedule.weekTitle" | "schedule.agendaTitle", values: Record<string, string>) => string;

/** "November 2026", "Nov 16 – 22, 2026", "Monday, November 23, 2026" (on phones "Mon, Nov 23", with the year when not this one); in Korean "2026년 11월", "2026년 11월 16일 – 22일". */
function periodTitle(state: CalendarState, visible: DateRange, timeZone: string, phone: boolean, locale: Locale, t: WeekTitles): string {
  const midday = middayOf(state.date, "UTC");
  if (state.view === "agenda") return t("schedule.agendaTitle", { date: formatter(locale, "UTC", { month: "short", day: "numeric", year: "numeric" }).format(midday) });
  if (state.view === "month") return formatter(locale, "UTC", { month: "long", year: "numeric" }).format(midday);
  if (state.view === "day") {
    if (!phone) return formatLongDate(state.date, locale);
    // A phone's one row has room for the year only when it is not this one.
    const sameYear = state.date.slice(0, 4) === todayIn(timeZone).slice(0, 4);
    return formatter(locale, "UTC", { weekday: "short", month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).format(midday);
  }
  // Put together by hand: ICU versions (server, browser) space formatRange's dash differently.
  const first = dateParts(visible.from, timeZone, locale);
  const last = dateParts(new Date(visible.to.getTime() - 1), timeZone, locale);
  const values = { ...first, lastMonth: last.month, lastDay: last.day, lastYear: last.year };
  if (first.year !== last.year) return t("schedule.weekTitle", values);
  if (first.month !== last.month) return t("schedule.weekTitleSameYear", values);
  return t("schedule.weekTitleSameMonth", values);
}

function dateParts(instant: Date, timeZone: string, locale: Locale) {
  const parts = formatter(locale, timeZone, { month: "short", day: "numeric", year: "numeric" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? "";
  return { month: part("month"), day: part("day"), year: part("year") };
}
