"use client";

import { useEffect, useRef, useState } from "react";
import { CheckIcon, PlusIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@planner/domain";
import { Button } from "~/components/button";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { agendaIsQuiet } from "./agenda-windows";
import type { CalendarSource } from "./calendar-source";
import { ownerIdOf } from "./calendar-source";
import { handleAgendaEndReached, handleAgendaLookFurther } from "./events";
import type { ScheduleFilter } from "./filter";
import { toneOf } from "./owner-tones";
import { agendaEntries, todoPlacement, todosByDay } from "./calendar-todos";
import type { RangeTodo, Schedule } from "./types";
import { TodoCheck } from "./todo-check";
import { useAgenda } from "./use-agenda";
import { formatDay, formatLongDate, formatTime, formatTimeRange, localDateOf, middayOf, shiftDate, todayIn } from "./zoned-time";

// A list of our own rather than FullCalendar's list view (@fullcalendar/list):
// that view lays out one fixed range (a day, a week, a month, or a set
// duration) and can only be redrawn whole for another, so scrolling on into
// the future would mean rebuilding the table and losing the place on every
// load. Here each 30-day window is a cached `schedule.range` query appended
// below the last, and the markup is ours: day headings, a list per day, a
// button per schedule that opens the same dialog as the grids.

type ScheduleAgendaProps = {
  source: CalendarSource;
  /** The first day shown ("2026-11-23"): today unless the URL names another. */
  startDate: string;
  timeZone: string;
  filter: ScheduleFilter;
  canWrite: boolean;
  onScheduleClick: (schedule: Schedule) => void;
  onCreate: () => void;
  /** The viewer's own todos too (their own calendar, "Show todos" on). */
  showTodos: boolean;
  onTodoToggle: (todo: RangeTodo) => void;
};

/** The calendar as a list of days from `startDate` on, loading further windows as its end comes into view. */
export function ScheduleAgenda({ source, startDate, timeZone, filter, canWrite, onScheduleClick, onCreate, showTodos, onTodoToggle }: ScheduleAgendaProps) {
  const t = useTranslations("schedule");
  const locale = useLocale();
  const agenda = useAgenda(source, startDate, timeZone, filter, showTodos);
  const end = useRef<HTMLDivElement>(null);
  const [endInView, setEndInView] = useState(false);
  const { progress } = agenda;
  const quiet = agendaIsQuiet(progress);

  useEffect(() => {
    const marker = end.current;
    if (!marker) return;
    const observer = new IntersectionObserver(([entry]) => setEndInView(entry?.isIntersecting ?? false), { rootMargin: "0px 0px 600px 0px" });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [agenda.status]);

  // Again after each load while the end is still in view (a short list, or empty windows).
  useEffect(() => {
    if (endInView && agenda.status === "ready") handleAgendaEndReached(progress, agenda);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the progress's parts are what change
  }, [endInView, agenda.status, progress.windows, progress.loading, progress.failed, progress.trailingEmpty]);

  if (agenda.status === "loading") return <AgendaSkeleton />;
  if (agenda.status === "error") return <ErrorState message={t("loadFailed")} onRetry={agenda.retry} />;

  const today = todayIn(timeZone);
  // Overdue todos go on the owner's today as the server counts it (the same day, unless this device's clock is off).
  const todoToday = agenda.today ?? today;
  const ownerId = ownerIdOf(source);
  const lastLoadedDay = localDateOf(new Date(agenda.loadedUntil.getTime() - 1), timeZone);
  const days = withTodoDays(agenda.days, todosByDay(agenda.todoWindows, startDate, todoToday, filter), lastLoadedDay);
  if (days.length === 0 && quiet) {
    return (
      <div data-testid="agenda">
        <EmptyState title={t("agendaEmpty", { filter, fromToday: startDate === today ? "yes" : "no", date: formatLongDate(startDate, locale) })}>
          <p>{t("agendaEmptyHint", { date: formatLongDate(lastLoadedDay, locale) })}</p>
          <div className="mt-4 flex flex-wrap justify-center gap-2">
            {canWrite && filter !== "done" && (
              <Button onClick={onCreate}>
                <PlusIcon aria-hidden className="size-4" />
                {t("newSchedule")}
              </Button>
            )}
            <Button variant="secondary" onClick={() => handleAgendaLookFurther(progress, agenda)}>
              {t("agendaLookFurther")}
            </Button>
          </div>
        </EmptyState>
      </div>
    );
  }

  return (
    <div data-testid="agenda" aria-busy={progress.loading || undefined}>
      <ol aria-label={t("agendaLabel")} className="divide-y divide-slate-200">
        {days.map((day) => (
          <li key={day.date} data-testid="agenda-day" data-date={day.date} className="py-3 first:pt-0 sm:flex sm:gap-4">
            <h3 className="mb-1.5 flex items-baseline gap-2 text-sm font-semibold text-slate-900 sm:mb-0 sm:w-44 sm:shrink-0 sm:pt-2">
              {day.date === today && <span className="rounded-md bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">{t("today")}</span>}
              {day.date === shiftDate(today, "days", 1) && <span className="text-xs font-semibold text-brand-700">{t("agendaTomorrow")}</span>}
              <span>{formatDay(middayOf(day.date, timeZone), timeZone, locale)}</span>
            </h3>
            <ul className="min-w-0 flex-1 space-y-1">
              {agendaEntries(day.schedules, day.todos, todoToday).map((entry) =>
                entry.kind === "todo" ? (
                  <li key={`todo:${entry.todo.id}`}>
                    <AgendaTodoRow todo={entry.todo} today={todoToday} timeZone={timeZone} locale={locale} writable={canWrite} onToggle={onTodoToggle} />
                  </li>
                ) : (
                  <li key={`${entry.schedule.id}|${entry.schedule.startAt.getTime()}`}>
                    <AgendaRow schedule={entry.schedule} timeZone={timeZone} locale={locale} tone={toneOf(entry.schedule.ownerId, ownerId)} onClick={() => onScheduleClick(entry.schedule)} />
                  </li>
                ),
              )}
            </ul>
          </li>
        ))}
      </ol>
      <div ref={end} className="pt-3 text-center text-sm text-slate-600">
        {progress.failed ? (
          <ErrorState message={t("loadMoreFailed")} onRetry={agenda.retry} />
        ) : progress.loading ? (
          <span role="status" className="inline-flex items-center gap-2">
            <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-slate-200 border-t-brand-600" />
            {t("agendaLoadingMore")}
          </span>
        ) : (
          quiet && (
            <p className="flex flex-wrap items-center justify-center gap-x-3 gap-y-2" data-testid="agenda-quiet">
              {t("agendaQuiet", { date: formatLongDate(lastLoadedDay, locale) })}
              <Button variant="secondary" onClick={() => handleAgendaLookFurther(progress, agenda)}>
                {t("agendaLookFurther")}
              </Button>
            </p>
          )
        )}
      </div>
    </div>
  );
}

type AgendaRowProps = { schedule: Schedule; timeZone: string; locale: Locale; tone: string; onClick: () => void };

/** One schedule: its time (or "All day"), its calendar's colour, the title; opens its dialog. */
function AgendaRow({ schedule, timeZone, locale, tone, onClick }: AgendaRowProps) {
  const t = useTranslations("schedule");
  const done = schedule.status === "CLOSED";
  const allDay = schedule.allDay;
  return (
    <button
      type="button"
      onClick={onClick}
      aria-haspopup="dialog"
      data-testid="agenda-schedule"
      className={`schedule-tone-${tone} flex w-full min-w-0 flex-col items-start gap-0.5 rounded-lg px-2 py-2 text-left transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 sm:flex-row sm:items-baseline sm:gap-3`}
    >
      <span className="flex shrink-0 items-center gap-2 text-sm text-slate-600 tabular-nums sm:w-48">
        <span aria-hidden className="schedule-swatch shrink-0" />
        {allDay ? t("allDay") : formatTimeRange(schedule.startAt, schedule.endAt, timeZone, locale)}
      </span>
      <span className="min-w-0 flex-1 break-words">
        <span className={`font-medium ${done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`} data-testid="agenda-title">
          {done && <CheckIcon aria-hidden className="mr-1 inline size-4 align-[-2px]" />}
          {done && <span className="sr-only">{t("doneSr")}</span>}
          {schedule.title}
        </span>
        {schedule.readOnly && <span className="ml-2 text-xs text-slate-500">{t("agendaOwner", { name: schedule.owner.name })}</span>}
      </span>
    </button>
  );
}

/** Schedules and todos by day: every day with either, in order; todos past the loaded windows wait for them. */
function withTodoDays(days: { date: string; schedules: Schedule[] }[], todoDays: Map<string, RangeTodo[]>, lastLoadedDay: string) {
  const merged = new Map(days.map((day) => [day.date, { ...day, todos: [] as RangeTodo[] }]));
  for (const [date, todos] of todoDays) {
    if (date > lastLoadedDay) continue;
    const day = merged.get(date);
    if (day) day.todos = todos;
    else merged.set(date, { date, schedules: [], todos });
  }
  return [...merged.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

type AgendaTodoRowProps = { todo: RangeTodo; today: string; timeZone: string; locale: Locale; writable: boolean; onToggle: (todo: RangeTodo) => void };

/** One todo: a check box to tick it off (named "Todo: …"), its time or "Todo", the words, "Overdue" when it is. */
function AgendaTodoRow({ todo, today, timeZone, locale, writable, onToggle }: AgendaTodoRowProps) {
  const t = useTranslations("schedule");
  const overdue = todo.overdue && !todo.done;
  const placement = todoPlacement(todo, today);
  const when = placement && !placement.allDay ? formatTime(placement.start, timeZone, locale) : t("todoAgendaDay");
  return (
    <div data-testid="agenda-todo" className={`todo-agenda-row flex w-full min-w-0 flex-col items-start gap-0.5 rounded-lg px-2 py-1 sm:flex-row sm:items-center sm:gap-3 ${todo.done ? "todo-done" : ""}`}>
      <span className="flex shrink-0 items-center gap-2 text-sm text-slate-600 tabular-nums sm:w-48">
        <TodoCheck todo={todo} writable={writable} onClick={() => onToggle(todo)} />
        {when}
      </span>
      <span className="min-w-0 flex-1 break-words" aria-hidden={writable || undefined}>
        <span className={`font-medium ${todo.done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`}>{todo.contents}</span>
        {overdue && <span className="ml-2 text-xs font-semibold text-red-700">{t("todoOverdue")}</span>}
      </span>
    </div>
  );
}

function AgendaSkeleton() {
  const t = useTranslations("schedule");
  return (
    <div role="status" aria-live="polite" data-testid="agenda-loading" className="space-y-4">
      <span className="sr-only">{t("loadingSchedules")}</span>
      {["w-2/3", "w-1/2", "w-3/5"].map((width) => (
        <div key={width} aria-hidden className="space-y-2 sm:flex sm:gap-4 sm:space-y-0">
          <span className="block h-4 w-40 animate-pulse rounded bg-slate-200" />
          <span className="flex flex-1 items-center gap-3">
            <span className="h-4 w-24 animate-pulse rounded bg-slate-100" />
            <span className={`h-4 animate-pulse rounded bg-slate-200 ${width}`} />
          </span>
        </div>
      ))}
    </div>
  );
}
