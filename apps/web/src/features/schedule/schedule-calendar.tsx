"use client";

import type { DayCellContentArg, EventContentArg, EventInput } from "@fullcalendar/core";
import koLocale from "@fullcalendar/core/locales/ko";
import dayGridPlugin from "@fullcalendar/daygrid";
import interactionPlugin from "@fullcalendar/interaction";
import luxonPlugin from "@fullcalendar/luxon3";
import FullCalendar from "@fullcalendar/react";
import timeGridPlugin from "@fullcalendar/timegrid";
import { useEffect, useMemo, useRef } from "react";
import { CheckIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { WeekStart } from "@planner/domain";
import type { RangeTodo, Schedule } from "./types";
import { TodoCheck } from "./todo-check";
import { FULLCALENDAR_VIEWS, type GridView } from "./calendar-state";
import { dayAfter, todoPlacement, type TodoDrop } from "./calendar-todos";
import type { ScheduleTimes } from "./events";
import { toneOf } from "./owner-tones";
import { scheduleKey } from "./schedule-cache";
import { spanLabel } from "./span-label";
import { shiftDate } from "./zoned-time";

const PLUGINS = [dayGridPlugin, timeGridPlugin, interactionPlugin, luxonPlugin];
const SHORT_MS = 30 * 60_000;
const TIME_FORMAT = { hour: "numeric", minute: "2-digit" } as const;
const RANGE_SEPARATOR = " – ";

type ScheduleCalendarProps = {
  view: GridView;
  /** The date to show ("2026-11-23"), in `timeZone`. */
  date: string;
  /** The zone the calendar is drawn in: the account's (or, for admins, the owner's), never the browser's. */
  timeZone: string;
  /** The first day of a week (0 = Sunday). */
  weekStart: WeekStart;
  schedules: Schedule[];
  /** Bumps whenever the data is written, so FullCalendar redraws from it (also after a rollback to equal data). */
  revision: number;
  /** Whose calendar this is: their schedules in the brand colour, shared ones in their owners' colours. */
  ownerId: string;
  canWrite: boolean;
  phone: boolean;
  onSelect: (selection: { start: Date; end: Date; allDay: boolean }) => void;
  onScheduleClick: (schedule: Schedule) => void;
  onScheduleDrop: (schedule: Schedule, times: ScheduleTimes, revert: () => void) => void;
  onScheduleResize: (schedule: Schedule, times: ScheduleTimes, revert: () => void) => void;
  onDayOpen: (date: Date) => void;
  /** The viewer's own todos to show (none when hidden, or on someone else's calendar). */
  todos: RangeTodo[];
  /** The owner's today: an open overdue todo shows on it. */
  today: string;
  /** Bumps whenever the todos' data is written (also after a rollback to equal data). */
  todosRevision: number;
  onTodoToggle: (todo: RangeTodo) => void;
  onTodoDrop: (todo: RangeTodo, drop: TodoDrop, revert: () => void) => void;
};

/**
 * A week's or day's hours scroll inside the calendar: keyboard users need a
 * stop in that region to scroll it with the arrow keys (WCAG 2.1.1, axe
 * scrollable-region-focusable), even on a day with no schedules to tab to.
 * The scroller itself cannot take focus: it sits between FullCalendar's grid
 * and its rows, where a grid allows only rows and cells. The first day's
 * column is a cell of that grid, so it takes the stop: again whenever the
 * dates change, since FullCalendar then draws new columns.
 */
function focusableHours(view: HTMLElement) {
  const firstDay = view.querySelector<HTMLElement>(".fc-timegrid-cols td.fc-timegrid-col[data-date]");
  if (firstDay) firstDay.tabIndex = 0;
}

/** FullCalendar, with schedules as its events; the screen around it owns the state and the handlers. */
export function ScheduleCalendar(props: ScheduleCalendarProps) {
  const { view, date, timeZone, schedules, revision, ownerId, canWrite, phone, todos, today, todosRevision } = props;
  const calendar = useRef<FullCalendar>(null);
  const frame = useRef<HTMLDivElement>(null);
  const locale = useLocale();
  const t = useTranslations("schedule");

  // The URL leads: follow it when it changes (toolbar, back and forward buttons).
  useEffect(() => {
    const type = FULLCALENDAR_VIEWS[view];
    // Outside React's commit: FullCalendar renders synchronously.
    queueMicrotask(() => {
      const api = calendar.current?.getApi();
      if (!api) return;
      if (api.view.type !== type) api.changeView(type, date);
      else api.gotoDate(date);
    });
  }, [view, date]);

  const events = useMemo<EventInput[]>(
    () =>
      schedules.map((schedule) => {
        const writable = canWrite && !schedule.readOnly;
        return {
          // Occurrences of a repeating schedule share its id.
          id: scheduleKey(schedule),
          title: schedule.title,
          ...whenOf(schedule),
          editable: writable,
          classNames: [
            "schedule-event",
            `schedule-tone-${toneOf(schedule.ownerId, ownerId)}`,
            schedule.status === "CLOSED" ? "schedule-done" : "schedule-open",
            writable ? "schedule-writable" : "schedule-read-only",
          ],
          extendedProps: { schedule },
        };
      }),
    // `revision` on purpose: equal data written again must still reach FullCalendar (after a revert()).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [schedules, revision, canWrite, ownerId],
  );

  // Todos: the all-day row or a short block at their time; dragged to another
  // day or time, never resized; not a stop for the keyboard themselves (their
  // check box is), so the box is never a control inside another.
  const todoEvents = useMemo<EventInput[]>(
    () =>
      todos.flatMap((todo) => {
        const placement = todoPlacement(todo, today);
        if (!placement) return [];
        return [
          {
            id: `todo:${todo.id}`,
            title: todo.contents,
            ...(placement.allDay ? { allDay: true, start: placement.date, end: dayAfter(placement.date) } : { allDay: false, start: placement.start, end: placement.end }),
            editable: canWrite,
            durationEditable: false,
            interactive: false,
            classNames: ["todo-event", todo.done ? "todo-done" : "todo-open", todo.overdue && !todo.done ? "todo-overdue" : "", canWrite ? "todo-writable" : ""].filter(Boolean),
            extendedProps: { todo },
          },
        ];
      }),
    // `todosRevision` on purpose, as `revision` above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [todos, todosRevision, today, canWrite],
  );
  const allEvents = useMemo(() => (todoEvents.length === 0 ? events : [...todoEvents, ...events]), [events, todoEvents]);

  return (
    <div ref={frame} className={`planner-calendar ${phone ? "is-phone" : ""}`} data-testid="calendar" data-view={view} data-time-zone={timeZone}>
      <FullCalendar
        ref={calendar}
        plugins={PLUGINS}
        timeZone={timeZone}
        locale={locale === "ko" ? koLocale : "en"}
        initialView={FULLCALENDAR_VIEWS[view]}
        initialDate={date}
        headerToolbar={false}
        firstDay={props.weekStart}
        fixedWeekCount={false}
        allDaySlot
        allDayText={t("allDay")}
        // A timed schedule dropped on the all-day row (or back) gets a length: a day, or an hour.
        forceEventDuration
        slotDuration="00:30:00"
        snapDuration="00:30:00"
        slotLabelInterval="01:00"
        // A phone's week has about 45 px a day: Korean's "오전 10시" took 60 px of it, "10시" takes half.
        slotLabelFormat={phone && locale === "ko" ? { hour: "numeric", hour12: false } : { hour: "numeric", meridiem: "short" }}
        eventTimeFormat={TIME_FORMAT}
        defaultRangeSeparator={RANGE_SEPARATOR}
        scrollTime="08:00:00"
        nowIndicator
        navLinks
        // FullCalendar names each month cell by its date link alone, hiding the schedules in it
        // from the cell's name (WCAG 2.5.3, axe label-content-name-mismatch); the cell's content
        // names it, and the date link keeps its own label.
        dayCellDidMount={({ el }) => el.removeAttribute("aria-labelledby")}
        // After FullCalendar has drawn the new dates.
        datesSet={() => requestAnimationFrame(() => frame.current && focusableHours(frame.current))}
        navLinkDayClick={(day) => props.onDayOpen(day)}
        selectable={canWrite}
        selectMirror
        editable={canWrite}
        eventInteractive
        longPressDelay={350}
        dayMaxEvents
        // "+2" opens a popover: a button (FullCalendar gives the <a> no href, and aria-expanded needs a role that has it).
        moreLinkDidMount={({ el }) => el.setAttribute("role", "button")}
        moreLinkContent={(more) => (phone ? `+${more.num}` : t("moreEvents", { count: more.num }))}
        eventDisplay="block"
        displayEventEnd={!phone}
        dayHeaderFormat={view === "month" ? { weekday: phone ? "narrow" : "short" } : phone ? { weekday: "narrow", day: "numeric" } : { weekday: "short", month: "numeric", day: "numeric", omitCommas: true }}
        views={{
          timeGrid: { contentHeight: phone ? 560 : 640 },
          // The title above already names the day.
          timeGridDay: { dayHeaders: false },
          // Room for the title: the start is enough in a month cell. Phones show the title alone, in rows a
          // thumb can tap: tall enough for two of them and "+N" in each of six weeks.
          // A phone's month cell has room for the number alone ("9", not "9일"). Month only: the day and
          // week views' all-day row has no number, and given content it drew an empty link (a dot).
          dayGridMonth: { contentHeight: phone ? 680 : 640, displayEventEnd: false, ...(phone ? { dayCellContent: phoneDayNumber } : {}) },
        }}
        events={allEvents}
        eventContent={(arg) => {
          const todo = todoOf(arg.event.extendedProps);
          if (todo) return <TodoFace arg={arg} todo={todo} writable={canWrite} onToggle={props.onTodoToggle} />;
          return <ScheduleFace arg={arg} timeZone={timeZone} />;
        }}
        select={(selection) => {
          selection.view.calendar.unselect();
          props.onSelect({ start: selection.start, end: selection.end, allDay: selection.allDay });
        }}
        eventClick={(click) => {
          click.jsEvent.preventDefault();
          const schedule = scheduleOf(click.event.extendedProps);
          if (schedule) props.onScheduleClick(schedule);
        }}
        eventDrop={(drop) => {
          const todo = todoOf(drop.oldEvent.extendedProps);
          if (todo) {
            const start = drop.event.start;
            if (!start) drop.revert();
            else props.onTodoDrop(todo, drop.event.allDay ? { allDay: true, date: drop.event.startStr.slice(0, 10) } : { allDay: false, start }, drop.revert);
            return;
          }
          const schedule = scheduleOf(drop.oldEvent.extendedProps);
          const times = timesOf(drop.event);
          if (schedule && times) props.onScheduleDrop(schedule, times, drop.revert);
          else drop.revert();
        }}
        eventResize={(resize) => {
          const schedule = scheduleOf(resize.oldEvent.extendedProps);
          const times = timesOf(resize.event);
          if (schedule && times) props.onScheduleResize(schedule, times, resize.revert);
          else resize.revert();
        }}
      />
    </div>
  );
}

function scheduleOf(extendedProps: Record<string, unknown>): Schedule | undefined {
  return extendedProps.schedule as Schedule | undefined;
}

function todoOf(extendedProps: Record<string, unknown>): RangeTodo | undefined {
  return extendedProps.todo as RangeTodo | undefined;
}

/**
 * An all-day schedule is its days: FullCalendar takes dates with the end
 * exclusive (the day after the last), whatever the calendar's zone.
 */
function whenOf(schedule: Schedule): Pick<EventInput, "start" | "end" | "allDay"> {
  if (schedule.allDay && schedule.startDate && schedule.endDate) return { allDay: true, start: schedule.startDate, end: shiftDate(schedule.endDate, "days", 1) };
  return { allDay: false, start: schedule.startAt, end: schedule.endAt };
}

function timesOf(event: { start: Date | null; end: Date | null; allDay: boolean; startStr: string; endStr: string }): ScheduleTimes | null {
  if (!event.start || !event.end) return null;
  if (!event.allDay) return { allDay: false, startAt: event.start, endAt: event.end };
  return { allDay: true, startDate: event.startStr.slice(0, 10), endDate: shiftDate(event.endStr.slice(0, 10), "days", -1) };
}

/**
 * An event's face: its times, a check when done, the title; who it belongs to
 * for screen readers. A schedule over midnight names its whole span on each
 * day's piece ("11:00 PM – 1:00 AM (next day)"), not the piece's own hours.
 */
function ScheduleFace({ arg, timeZone }: { arg: EventContentArg; timeZone: string }) {
  const t = useTranslations("schedule");
  const locale = useLocale() === "ko" ? "ko" : "en";
  const schedule = scheduleOf(arg.event.extendedProps);
  if (!schedule) return null;
  const done = schedule.status === "CLOSED";
  const span = spanLabel(schedule.startAt, schedule.endAt, timeZone, locale, (key, values) => t(key, values));
  // A half hour in the week or day view has room for one line: the start and the title.
  const short = arg.view.type.startsWith("timeGrid") && schedule.endAt.getTime() - schedule.startAt.getTime() <= SHORT_MS;
  const time = span ?? (short ? arg.timeText.split(RANGE_SEPARATOR)[0] : arg.timeText);
  const times = time && <span className={`schedule-event-time ${span ? "schedule-event-span" : ""}`}>{time}</span>;
  // A month cell's one line: a whole span is long, so the title goes first there and the span takes what is left.
  const spanLast = span !== null && arg.view.type.startsWith("dayGrid");
  return (
    <div className="schedule-event-body" title={span ? `${schedule.title} · ${span}` : schedule.title}>
      {!spanLast && times}
      <span className="schedule-event-title">
        {done && <CheckIcon className="schedule-event-check" />}
        {done && <span className="sr-only">{t("doneSr")}</span>}
        {schedule.title}
      </span>
      {spanLast && times}
      {schedule.readOnly && <span className="sr-only">{t("readOnlySr", { name: schedule.owner.name })}</span>}
    </div>
  );
}

/**
 * A todo's face: a check box (named "Todo: …", so it is told from a schedule
 * by ear too), the time of a timed one, the words, and "Overdue" on an open
 * one past due. Read-only calendars show the box as a picture with its state in words.
 */
function TodoFace({ arg, todo, writable, onToggle }: { arg: EventContentArg; todo: RangeTodo; writable: boolean; onToggle: (todo: RangeTodo) => void }) {
  const t = useTranslations("schedule");
  const overdue = todo.overdue && !todo.done;
  const time = arg.event.allDay ? "" : arg.timeText.split(RANGE_SEPARATOR)[0];
  return (
    <div className="todo-event-body" title={todo.contents}>
      <TodoCheck
        todo={todo}
        writable={writable}
        onClick={(event) => {
          // The event's own click (a schedule's dialog) is not for todos.
          event.stopPropagation();
          onToggle(todo);
        }}
      />
      {time && <span className="todo-event-time">{time}</span>}
      <span className="todo-event-title" aria-hidden={writable || undefined}>
        {todo.contents}
      </span>
      {overdue && (
        <span className="todo-event-overdue" aria-hidden>
          {t("todoOverdue")}
        </span>
      )}
    </div>
  );
}

/** "9" for "9일" or "9": a phone's month cell. */
function phoneDayNumber(cell: DayCellContentArg): string {
  return cell.dayNumberText.replace(/\D/g, "");
}
