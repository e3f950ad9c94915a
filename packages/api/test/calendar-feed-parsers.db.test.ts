import { dateOf, icalSummary } from "@planner/domain";
import { describe, expect } from "vitest";
import { calendarFeedFor } from "../src/services/calendar-feed-service";
import { apiTest, openSharedDb } from "./fixture";
import { byStart, occurrencesByIcalJs, occurrencesByPython, type IcsOccurrence } from "./support/ics-occurrences";

// Issue 16's "must show": a feed with repeating (weekly, with a deleted and a
// moved occurrence), all-day, multi-day and timed schedules in two zones, read
// by ical.js and by Debian's python3-icalendar (with dateutil), both agreeing
// with the database's own expansion (schedule.range) on every occurrence of a year.
// The test clock stands at TEST_NOW (Saturday 21 November 2026).

const at = (iso: string) => new Date(iso);
const YEAR = { from: at("2026-12-01T00:00:00Z"), to: at("2027-12-01T00:00:00Z") };
const it = apiTest.extend("as", ({ callerAt, owner }) => () => callerAt(owner));
it.beforeAll(openSharedDb);

type RangeView = { id: string; seriesId: string | null; title: string; status: string; allDay: boolean; startAt: Date; endAt: Date; startDate: string | null };

const instant = (date: Date) => date.toISOString().replace(".000", "");

/** The database's occurrences of the year as the parsers report theirs: schedule.range, 100 days at a time. */
async function databaseOccurrences(range: (window: { from: Date; to: Date }) => Promise<RangeView[]>): Promise<IcsOccurrence[]> {
  const seen = new Map<string, IcsOccurrence>();
  for (let from = YEAR.from; from < YEAR.to; ) {
    const to = new Date(Math.min(from.getTime() + 90 * 86_400_000, YEAR.to.getTime()));
    for (const view of await range({ from, to })) {
      const occurrence = {
        uid: `${view.seriesId ?? view.id}@planner`,
        summary: icalSummary({ title: view.title, done: view.status === "CLOSED" }),
        start: view.allDay ? view.startDate! : instant(view.startAt),
        end: view.allDay ? dateOf(view.endAt) : instant(view.endAt),
      };
      seen.set(`${occurrence.uid} ${occurrence.start}`, occurrence);
    }
    from = to;
  }
  return byStart([...seen.values()]);
}

describe("the calendar feed read by two independent parsers", () => {
  it("agrees with the database on every occurrence of a year", async ({ as, db, owner, clock }) => {
    // Made while the owner lives in New York: the repeating ones keep New York's wall clock.
    await db.users.setTimeZone(owner.id, "America/New_York");
    const standUp = await as().schedule.create({ title: "Stand-up", startAt: at("2026-12-01T14:30:00Z"), endAt: at("2026-12-01T15:00:00Z"), recurrence: "RRULE:FREQ=WEEKLY;BYDAY=TU,TH" });
    await as().schedule.delete({ id: standUp.id, occurrenceStartAt: at("2026-12-08T14:30:00Z") });
    await as().schedule.update({ id: standUp.id, occurrenceStartAt: at("2026-12-10T14:30:00Z"), startAt: at("2026-12-11T16:00:00Z"), endAt: at("2026-12-11T17:00:00Z"), title: "Stand-up (moved)" });
    await as().schedule.setStatus({ id: standUp.id, occurrenceStartAt: at("2027-03-16T13:30:00Z"), status: "CLOSED" });
    await as().schedule.create({ title: "Board", startAt: at("2026-12-08T20:00:00Z"), endAt: at("2026-12-08T21:00:00Z"), recurrence: "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270608" });
    await as().schedule.create({ title: "Holiday", startDate: "2027-01-15", endDate: "2027-01-15" });
    await as().schedule.create({ title: "Ski trip", startDate: "2027-02-10", endDate: "2027-02-14" });
    await as().schedule.create({ title: "Birthday", startDate: "2027-04-02", endDate: "2027-04-02", recurrence: "RRULE:FREQ=YEARLY" });
    // Across the night the clocks go forward (14 March 2027 in New York).
    await as().schedule.create({ title: "Conference", startAt: at("2027-03-13T23:00:00Z"), endAt: at("2027-03-15T13:00:00Z") });
    const paid = await as().schedule.create({ title: "Pay rent", startAt: at("2027-01-04T14:00:00Z"), endAt: at("2027-01-04T14:30:00Z") });
    await as().schedule.setStatus({ id: paid.id, status: "CLOSED" });

    // Then the owner moves to Seoul: these keep Seoul's.
    await db.users.setTimeZone(owner.id, "Asia/Seoul");
    const walk = await as().schedule.create({ title: "Walk", startAt: at("2026-12-02T23:00:00Z"), endAt: at("2026-12-03T00:00:00Z"), recurrence: "RRULE:FREQ=DAILY;INTERVAL=3;COUNT=40" });
    await as().schedule.delete({ id: walk.id, occurrenceStartAt: at("2026-12-05T23:00:00Z") });
    await as().schedule.create({ title: "Dinner", startAt: at("2027-05-05T10:00:00Z"), endAt: at("2027-05-05T12:30:00Z") });
    const allDayMoved = await as().schedule.create({ title: "Market", startDate: "2027-06-05", endDate: "2027-06-05", recurrence: "RRULE:FREQ=WEEKLY;COUNT=4" });
    await as().schedule.update({ id: allDayMoved.id, occurrenceStartAt: at("2027-06-12T00:00:00Z"), startDate: "2027-06-13", endDate: "2027-06-13" });

    const { path } = await as().account.calendarFeed.regenerate({});
    const answer = await calendarFeedFor(db, path.split("/").at(-1)!, clock.now());
    expect(answer.kind).toBe("calendar");
    const ics = answer.kind === "calendar" ? answer.body : "";
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:America/New_York");
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul");

    const expected = await databaseOccurrences((window) => as().schedule.range(window));
    // What the year holds, so that agreeing is not agreeing on nothing.
    expect(expected.length).toBeGreaterThan(120);
    expect(expected).toContainEqual({ uid: `${standUp.id}@planner`, summary: "Stand-up (moved)", start: "2026-12-11T16:00:00Z", end: "2026-12-11T17:00:00Z" });
    expect(expected.some((o) => o.start === "2026-12-08T14:30:00Z")).toBe(false);
    expect(expected).toContainEqual({ uid: `${standUp.id}@planner`, summary: "✓ Stand-up", start: "2027-03-16T13:30:00Z", end: "2027-03-16T14:00:00Z" });
    expect(expected).toContainEqual(expect.objectContaining({ summary: "Ski trip", start: "2027-02-10", end: "2027-02-15" }));
    expect(expected).toContainEqual(expect.objectContaining({ summary: "Market", start: "2027-06-13", end: "2027-06-14" }));

    expect(occurrencesByIcalJs(ics, YEAR)).toEqual(expected);
    expect(occurrencesByPython(ics, YEAR)).toEqual(expected);
  });

  it("a schedule's own .ics file has the series the same way, with its UID", async ({ as, db, owner }) => {
    await db.users.setTimeZone(owner.id, "Europe/Berlin");
    const yoga = await as().schedule.create({ title: "Yoga: \"flow\"", startAt: at("2026-12-02T17:00:00Z"), endAt: at("2026-12-02T18:00:00Z"), recurrence: "RRULE:FREQ=WEEKLY;COUNT=10", reminders: [{ minutesBefore: 30 }] });
    const moved = await as().schedule.update({ id: yoga.id, occurrenceStartAt: at("2026-12-09T17:00:00Z"), startAt: at("2026-12-10T17:00:00Z"), endAt: at("2026-12-10T18:00:00Z") });
    const file = await as().schedule.calendarFile({ id: moved.id });
    expect(file.fileName).toBe("Yoga flow.ics");
    expect(file.content).toContain(`UID:${yoga.id}@planner`);
    expect(file.content).toContain("RECURRENCE-ID;TZID=Europe/Berlin:20261209T180000");
    expect(file.content).toContain("TRIGGER:-PT30M");
    const window = { from: at("2026-12-01T00:00:00Z"), to: at("2027-03-01T00:00:00Z") };
    const expected = await databaseOccurrences((range) => as().schedule.range(range));
    const inWindow = expected.filter((o) => o.start < "2027-03-01");
    expect(inWindow).toHaveLength(10);
    expect(occurrencesByIcalJs(file.content, window)).toEqual(inWindow);
    expect(occurrencesByPython(file.content, window)).toEqual(inWindow);
  });
});
