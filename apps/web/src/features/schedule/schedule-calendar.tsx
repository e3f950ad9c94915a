"use client";

import type { EventContentArg, EventInput } from "@fullcalendar/core";
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
import type { Schedule } from "./types";
import { FULLCALENDAR_VIEWS, type GridView } from "./calendar-state";
import { toneOf } from "./owner-tones";

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
  onScheduleDrop: (schedule: Schedule, times: { startAt: Date; endAt: Date }, revert: () => void) => void;
  onScheduleResize: (schedule: Schedule, times: { startAt: Date; endAt: Date }, revert: () => void) => void;
  onDayOpen: (date: Date) => void;
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
  const { view, date, timeZone, schedules, revision, ownerId, canWrite, phone } = props;
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
          id: schedule.id,
          title: schedule.title,
          start: schedule.startAt,
          end: schedule.endAt,
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
        allDaySlot={false}
        slotDuration="00:30:00"
        snapDuration="00:30:00"
        slotLabelInterval="01:00"
        slotLabelFormat={{ hour: "numeric", meridiem: "short" }}
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
        moreLinkContent={(more) => (phone ? `+${more.num}` : t("moreEvents", { count: more.num }))}
        eventDisplay="block"
        displayEventEnd={!phone}
        dayHeaderFormat={view === "month" ? { weekday: phone ? "narrow" : "short" } : phone ? { weekday: "narrow", day: "numeric" } : { weekday: "short", month: "numeric", day: "numeric", omitCommas: true }}
        views={{
          timeGrid: { contentHeight: phone ? 560 : 640 },
          // The title above already names the day.
          timeGridDay: { dayHeaders: false },
          // Room for the title: the start is enough in a month cell.
          dayGridMonth: { contentHeight: phone ? 480 : 640, displayEventEnd: false },
        }}
        events={events}
        eventContent={(arg) => <ScheduleFace arg={arg} />}
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

function timesOf(event: { start: Date | null; end: Date | null }): { startAt: Date; endAt: Date } | null {
  return event.start && event.end ? { startAt: event.start, endAt: event.end } : null;
}

/** An event's face: its times, a check when done, the title; who it belongs to for screen readers. */
function ScheduleFace({ arg }: { arg: EventContentArg }) {
  const t = useTranslations("schedule");
  const schedule = scheduleOf(arg.event.extendedProps);
  if (!schedule) return null;
  const done = schedule.status === "CLOSED";
  // A half hour in the week or day view has room for one line: the start and the title.
  const short = arg.view.type.startsWith("timeGrid") && schedule.endAt.getTime() - schedule.startAt.getTime() <= SHORT_MS;
  const time = short ? arg.timeText.split(RANGE_SEPARATOR)[0] : arg.timeText;
  return (
    <div className="schedule-event-body" title={schedule.title}>
      {time && <span className="schedule-event-time">{time}</span>}
      <span className="schedule-event-title">
        {done && <CheckIcon className="schedule-event-check" />}
        {done && <span className="sr-only">{t("doneSr")}</span>}
        {schedule.title}
      </span>
      {schedule.readOnly && <span className="sr-only">{t("readOnlySr", { name: schedule.owner.name })}</span>}
    </div>
  );
}
