import Link from "next/link";
import { ChevronRightIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@planner/domain";
import { calendarDayHref } from "./list-state";
import { allDayLabel } from "./all-day-label";
import { StatusBadge } from "./status-badge";
import type { OwnSchedule } from "./types";
import { formatTimeRange, formatter, localDateOf } from "./zoned-time";

const weekdayOf = (locale: Locale, timeZone: string) => formatter(locale, timeZone, { weekday: "short" });
const monthOf = (locale: Locale, timeZone: string) => formatter(locale, timeZone, { month: "short", year: "numeric" });

/** One schedule in a list: its day, time and title in the given zone, its status, and a way to it on the calendar. */
export function ScheduleRow({ schedule, timeZone, calendarPath }: { schedule: OwnSchedule; timeZone: string; calendarPath: string }) {
  const t = useTranslations("schedule");
  const locale = useLocale();
  // An all-day schedule is on its own dates, whatever the zone (stored as UTC midnights).
  const zone = schedule.allDay ? "UTC" : timeZone;
  const date = localDateOf(schedule.startAt, zone);
  const done = schedule.status === "CLOSED";
  return (
    <li className="flex items-center gap-3 px-4 py-3 sm:gap-4" data-testid="schedule-row">
      <time
        dateTime={schedule.startAt.toISOString()}
        className={`flex w-14 shrink-0 flex-col items-center rounded-lg border py-1 leading-tight ${done ? "border-slate-200 bg-slate-50 text-slate-500" : "border-brand-100 bg-brand-50 text-brand-700"}`}
      >
        <span className="text-[0.7rem] font-semibold uppercase tracking-wide">{weekdayOf(locale, zone).format(schedule.startAt)}</span>
        <span className="text-lg font-semibold tabular-nums">{Number(date.slice(8, 10))}</span>
        <span className="text-[0.65rem] whitespace-nowrap">{monthOf(locale, zone).format(schedule.startAt)}</span>
      </time>
      <div className="min-w-0 flex-1">
        <p className={`font-medium break-words ${done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`} data-testid="schedule-title">
          {schedule.title}
        </p>
        <p className="mt-0.5 text-sm text-slate-600 tabular-nums" data-testid="schedule-time">
          {allDayLabel(schedule, locale, t) ?? formatTimeRange(schedule.startAt, schedule.endAt, timeZone, locale)}
          {schedule.memo && <span className="hidden text-slate-400 sm:inline"> · {schedule.memo.length > 60 ? `${schedule.memo.slice(0, 59)}…` : schedule.memo}</span>}
        </p>
        <div className="mt-1 sm:hidden">
          <StatusBadge status={schedule.status} />
        </div>
      </div>
      <div className="hidden shrink-0 sm:block">
        <StatusBadge status={schedule.status} />
      </div>
      <Link
        data-list-item
        href={calendarDayHref(calendarPath, date)}
        title={t("openOnCalendarShort")}
        className="inline-flex shrink-0 items-center gap-1 rounded-lg px-2 py-1.5 text-sm font-medium text-brand-700 transition hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        {/* The visible words start the link's name (WCAG 2.5.3); the title tells which schedule. */}
        <span className="sr-only md:not-sr-only">{t("openInCalendar")}</span>
        <span className="sr-only">{t("openInCalendarOf", { title: schedule.title })}</span>
        <ChevronRightIcon className="size-4" aria-hidden />
      </Link>
    </li>
  );
}
