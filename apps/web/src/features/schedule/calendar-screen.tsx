"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { weekStartFor, type WeekStartDay } from "@planner/domain";
import { ErrorState } from "~/components/error-state";
import { scheduleSchemas } from "./load-schedule-schemas";
import { PlusIcon } from "lucide-react";
import { Notice } from "~/components/notice";
import { filterShowsSchedule } from "./filter";
import { filterShowsTodo } from "./calendar-todos";
import { CalendarLegend } from "./calendar-legend";
import { CalendarSkeleton } from "./calendar-skeleton";
import { ownerIdOf, type CalendarSource } from "./calendar-source";
import { readCalendarState, visibleRange } from "./calendar-state";
import { CalendarToolbar } from "./calendar-toolbar";
import { EmptyCalendarNote } from "./empty-calendar-note";
import {
  handleCalendarDayOpen,
  handleCalendarTodoDrop,
  handleCalendarTodoToggle,
  handleNewScheduleClick,
  handleScheduleClick,
  handleScheduleDrop,
  handleScheduleResize,
  handleShowTodosChange,
  handleSlotSelect,
} from "./events";
import { useOccurrenceScopePrompt } from "./occurrence-scope-dialog";
import { ScheduleAgenda } from "./schedule-agenda";
import type { ScheduleDialogState } from "./schedule-dialog";
import { TimeZoneField } from "./time-zone-field";
import type { Schedule } from "./types";
import { useCalendarShortcuts } from "./use-calendar-shortcuts";
import { useIsPhone } from "./use-is-phone";
import { useScheduleEffects } from "./use-schedule-effects";
import { useScheduleRange } from "./use-schedule-range";
import { readShowTodos, rememberShowTodos } from "./show-todos";
import { useCalendarTodoEffects, useCalendarTodos } from "./use-calendar-todos";
import { todayIn } from "./zoned-time";

// FullCalendar measures the DOM: it renders in the browser only, and its code loads with the page's.
const ScheduleCalendar = dynamic(() => import("./schedule-calendar").then((module) => module.ScheduleCalendar), {
  ssr: false,
  loading: () => <CalendarSkeleton />,
});

// The schedule dialog is never open at first paint: its code (and its form
// library's) comes after the page's, fetched as soon as the calendar is up so
// that the first click opens it without a wait.
const loadScheduleDialog = () => import("./schedule-dialog").then((module) => module.ScheduleDialog);
const ScheduleDialog = dynamic(loadScheduleDialog, { ssr: false });

type CalendarScreenProps = {
  source: CalendarSource;
  /** Where this calendar lives; the view, date and filter go in its query. */
  basePath: string;
  /** The zone to draw in: the account's own, or (admins) the owner's. */
  timeZone: string;
  /** Decided on the server from the role: subscribers' own calendars are read-only. */
  canWrite: boolean;
  /** The viewer's own calendar: its zone is theirs to change here. */
  timeZoneEditable: boolean;
  /** The legend's name for this calendar's own schedules. */
  ownLabel: string;
  /** The viewer's chosen first day of the week; null follows the language. */
  weekStartDay: WeekStartDay | null;
  /** The same schedules as a list, where the `a` key goes. */
  listPath: string;
};

/** The calendar page below its header: toolbar, FullCalendar, legend, and the schedule dialog. */
export function CalendarScreen({ source, basePath, timeZone: savedTimeZone, canWrite, timeZoneEditable, ownLabel, weekStartDay, listPath }: CalendarScreenProps) {
  const t = useTranslations("schedule");
  const weekStart = weekStartFor(useLocale(), weekStartDay);
  const params = useSearchParams();
  const phone = useIsPhone();
  // Picked zones show at once; a fresh one from the server (after refresh) wins.
  const [timeZone, setTimeZone] = useState(savedTimeZone);
  const [lastSaved, setLastSaved] = useState(savedTimeZone);
  if (lastSaved !== savedTimeZone) {
    setLastSaved(savedTimeZone);
    setTimeZone(savedTimeZone);
  }

  const state = readCalendarState(params, { timeZone, phone });
  const { view, date, filter } = state;
  const visible = useMemo(() => visibleRange(view, date, timeZone, weekStart), [view, date, timeZone, weekStart]);
  const range = useScheduleRange(source, visible);
  const effects = useScheduleEffects(source);
  const [dialog, setDialog] = useState<ScheduleDialogState | null>(null);
  const { askScope, prompt: scopePrompt } = useOccurrenceScopePrompt();
  const ownerId = ownerIdOf(source);
  const shown = useMemo(() => range.schedules.filter((schedule) => filterShowsSchedule(filter, schedule)), [range.schedules, filter]);
  // The viewer's own todos, on their own calendar only. Read from this device's
  // storage after the first paint (the server cannot know it); null until then.
  const ownCalendar = source.kind === "own";
  const [showTodos, setShowTodos] = useState<boolean | null>(null);
  useEffect(() => {
    if (ownCalendar) setShowTodos(readShowTodos(window.localStorage, ownerId));
  }, [ownCalendar, ownerId]);
  const todoRange = useCalendarTodos(visible, ownCalendar && showTodos === true && view !== "agenda");
  const todoEffects = useCalendarTodoEffects();
  const todos = useMemo(() => todoRange.todos.filter((todo) => filterShowsTodo(filter, todo)), [todoRange.todos, filter]);
  const today = todoRange.today ?? todayIn(timeZone);
  const todoLegend = ownCalendar
    ? {
        show: showTodos ?? true,
        onShowChange: (show: boolean) =>
          handleShowTodosChange(show, { setShowTodos, remember: (value) => rememberShowTodos(window.localStorage, ownerId, value) }),
      }
    : null;

  // Only the query changes: no server round trip for the page.
  const navigate = (url: string) => window.history.pushState(null, "", url);
  const openCreate = (draft: Extract<ScheduleDialogState, { kind: "create" }>["draft"]) => setDialog({ kind: "create", draft });
  const createSchedule = () => handleNewScheduleClick(date, timeZone, { openCreate });
  const openSchedule = (schedule: Schedule) => handleScheduleClick(schedule, { openSchedule: (open) => setDialog({ kind: "schedule", schedule: open }) });
  // Loaded once the calendar has drawn, so a first click or drag does not wait for them.
  useEffect(() => {
    void loadScheduleDialog();
    void scheduleSchemas.load();
  }, []);
  useCalendarShortcuts({ state, basePath, timeZone, navigate, listPath, createSchedule: canWrite ? createSchedule : undefined });

  return (
    // Room below the last row for the floating button on phones.
    <div className={`space-y-3 sm:space-y-4 ${canWrite && phone ? "pb-20" : ""}`}>
      {!canWrite && (
        <Notice title={t("readOnly")}>{t("subscriberCalendarNote")}</Notice>
      )}
      {/* Edge to edge on phones: every pixel of a narrow screen goes to the days. */}
      <section
        aria-label={t("calendarRegion")}
        className="-mx-4 space-y-2 border-y border-slate-200 bg-white px-2 py-2 sm:mx-0 sm:space-y-3 sm:rounded-xl sm:border sm:p-4 sm:shadow-sm"
      >
        <CalendarToolbar
          state={state}
          visible={visible}
          timeZone={timeZone}
          basePath={basePath}
          navigate={navigate}
          busy={range.fetching}
          phone={phone}
          zone={
            timeZoneEditable ? (
              <TimeZoneField timeZone={timeZone} onTimeZone={setTimeZone} />
            ) : (
              <p className="text-sm text-slate-600" data-testid="calendar-time-zone">
                {t("timesIn", { timeZone })}
              </p>
            )
          }
          actions={
            canWrite && (
              <button
                type="button"
                onClick={createSchedule}
                aria-keyshortcuts="C"
                className="inline-flex shrink-0 items-center gap-1.5 rounded-lg bg-brand-600 px-3.5 py-1.5 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                <PlusIcon className="size-4" />
                {t("newSchedule")}
              </button>
            )
          }
        />
        {view === "agenda" ? (
          <ScheduleAgenda
            source={source}
            startDate={date}
            timeZone={timeZone}
            filter={filter}
            canWrite={canWrite}
            onScheduleClick={openSchedule}
            onCreate={createSchedule}
            showTodos={ownCalendar && showTodos === true}
            onTodoToggle={(todo) => void handleCalendarTodoToggle(todo, timeZone, todoEffects)}
          />
        ) : range.status === "error" ? (
          <ErrorState message={t("loadFailed")} onRetry={range.retry} />
        ) : (
          <>
            {range.current && shown.length === 0 && todos.length === 0 && <EmptyCalendarNote view={view} filter={filter} canWrite={canWrite} phone={phone} />}
            <div aria-busy={range.status === "loading" || undefined}>
              <ScheduleCalendar
                view={view}
                date={date}
                timeZone={timeZone}
                weekStart={weekStart}
                schedules={shown}
                revision={range.revision}
                ownerId={ownerId}
                canWrite={canWrite}
                phone={phone}
                onSelect={(selection) => handleSlotSelect(selection, timeZone, { openCreate })}
                onScheduleClick={openSchedule}
                onScheduleDrop={(schedule, times, revert) => void handleScheduleDrop(schedule, times, timeZone, effects, { revert, askScope })}
                onScheduleResize={(schedule, times, revert) => void handleScheduleResize(schedule, times, timeZone, effects, { revert, askScope })}
                onDayOpen={(day) => handleCalendarDayOpen(day, state, timeZone, basePath, navigate)}
                todos={todos}
                today={today}
                todosRevision={todoRange.revision}
                onTodoToggle={(todo) => void handleCalendarTodoToggle(todo, timeZone, todoEffects)}
                onTodoDrop={(todo, drop, revert) => void handleCalendarTodoDrop(todo, drop, timeZone, todoEffects, { revert })}
              />
            </div>
          </>
        )}
        <CalendarLegend schedules={range.schedules} ownerId={ownerId} ownLabel={ownLabel} todos={todoLegend} />
      </section>
      {canWrite && phone && (
        // Within the thumb's reach, clear of the home indicator; the toolbar's button is for wider screens.
        <button
          type="button"
          onClick={createSchedule}
          aria-label={t("newSchedule")}
          title={t("newSchedule")}
          data-testid="new-schedule-fab"
          className="fixed right-4 bottom-[calc(1rem+env(safe-area-inset-bottom))] z-20 grid size-14 place-items-center rounded-full bg-brand-600 text-white shadow-lg ring-1 ring-brand-700/20 transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 active:scale-95"
        >
          <PlusIcon aria-hidden className="size-6" />
        </button>
      )}
      {dialog && <ScheduleDialog state={dialog} timeZone={timeZone} canWrite={canWrite} effects={effects} askScope={askScope} weekStart={weekStart} onClosed={() => setDialog(null)} />}
      {scopePrompt}
    </div>
  );
}
