import { dateOf, formatRecurrence, fromFloating, recurrenceOf, type Recurrence } from "@planner/domain";
import { DateTime } from "luxon";

/**
 * A repeating schedule's RRULE and EXDATE lines, handed to ical-generator as
 * text. Its own repeat options cannot say what the stored rules say: they
 * take no "2nd Tuesday" (BYDAY=2TU) and always write UNTIL as a UTC time,
 * which RFC 5545 forbids with an all-day (DATE) start. The stored rule is
 * already a canonical RFC 5545 line (domain recurrence.ts); only its end may
 * need the other form:
 * - a timed rule "until a date" means through that whole day on its wall
 *   clock (occurrences.ts), which RFC 5545 says as the UTC instant of 23:59:59 there;
 * - an all-day rule "until an instant" stops at the date that instant falls on (UTC, as all-day dates are kept).
 */
export function recurrenceLines(series: { recurrence: string; allDay: boolean; zone: string; deleted: readonly Date[] }): string {
  const rule = withIcalEnd(recurrenceOf(series.recurrence), series.allDay, series.zone);
  const lines = [formatRecurrence(rule)];
  const deleted = [...series.deleted].sort((a, b) => a.getTime() - b.getTime());
  if (deleted.length > 0) {
    lines.push(
      series.allDay
        ? `EXDATE;VALUE=DATE:${deleted.map((start) => dateOf(start).replaceAll("-", "")).join(",")}`
        : `EXDATE;TZID=${series.zone}:${deleted.map((start) => wallClock(start, series.zone)).join(",")}`,
    );
  }
  return lines.join("\n");
}

function withIcalEnd(rule: Recurrence, allDay: boolean, zone: string): Recurrence {
  const end = rule.end;
  if (!allDay && end && "untilDate" in end) {
    return { ...rule, end: { until: fromFloating(new Date(`${end.untilDate}T23:59:59.000Z`), zone) } };
  }
  if (allDay && end && "until" in end) return { ...rule, end: { untilDate: dateOf(end.until) } };
  return rule;
}

/** 20260310T093000: the local time of an instant in a zone, as a TZID value writes it. */
function wallClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyyMMdd'T'HHmmss");
}
