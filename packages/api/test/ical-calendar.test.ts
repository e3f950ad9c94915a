import type { ScheduleRangeRow } from "@planner/db";
import { describe, expect, it } from "vitest";
import { renderCalendar, type CalendarRenderOptions } from "../src/calendar/ical-calendar";
import { writableZoneName } from "../src/calendar/vtimezones";

// What the renderer writes where ical-generator alone would not say what the
// database means (the parsers' test, calendar-feed-parsers.db.test.ts, reads
// whole feeds; these are the lines that make the difference).

const at = (iso: string) => new Date(iso);
const owner = { id: "owner", username: "kim", name: "Kim" };
const base: ScheduleRangeRow = {
  id: "one",
  ownerId: owner.id,
  title: "Dentist",
  memo: "",
  startAt: at("2026-12-01T09:00:00Z"),
  endAt: at("2026-12-01T10:00:00Z"),
  status: "OPEN",
  createdAt: at("2026-11-01T00:00:00Z"),
  updatedAt: at("2026-11-02T00:00:00Z"),
  allDay: false,
  recurrence: null,
  timeZone: null,
  repeatsUntil: null,
  reminderMinutes: [],
  seriesId: null,
  originalStartAt: null,
  series: null,
  owner,
  exceptions: [],
  icalUid: null,
};
const options: CalendarRenderOptions = { name: "Planner: Kim, at home", readerId: owner.id, ownerZones: new Map([[owner.id, "Asia/Seoul"]]), publish: false };
const lines = (ics: string) => ics.split("\r\n");

describe("renderCalendar", () => {
  it("writes a one-off in its owner's zone with that zone's VTIMEZONE, deterministically, and escapes the name", () => {
    const ics = renderCalendar([base], options);
    expect(lines(ics)).toEqual(expect.arrayContaining(["DTSTART;TZID=Asia/Seoul:20261201T180000", "DTEND;TZID=Asia/Seoul:20261201T190000", "TZID:Asia/Seoul", "UID:one@planner", "DTSTAMP:20261102T000000Z", "X-WR-CALNAME:Planner: Kim\\, at home"]));
    expect(ics).not.toContain("METHOD:");
    expect(renderCalendar([base], options)).toBe(ics);
    expect(renderCalendar([base], { ...options, publish: true })).toContain("METHOD:PUBLISH");
  });

  it("an all-day series: DATE values, UNTIL as a date, EXDATE as dates, its changed occurrence's RECURRENCE-ID a date", () => {
    const series = { ...base, id: "trip", allDay: true, startAt: at("2026-12-05T00:00:00Z"), endAt: at("2026-12-07T00:00:00Z"), recurrence: "RRULE:FREQ=WEEKLY;UNTIL=20270130T120000Z", timeZone: "Asia/Seoul", exceptions: [at("2026-12-19T00:00:00Z"), at("2026-12-12T00:00:00Z")] };
    const moved = { ...base, id: "moved", allDay: true, startAt: at("2026-12-20T00:00:00Z"), endAt: at("2026-12-22T00:00:00Z"), seriesId: "trip", originalStartAt: at("2026-12-19T00:00:00Z") };
    const ics = lines(renderCalendar([series, moved], options));
    expect(ics).toEqual(expect.arrayContaining(["DTSTART;VALUE=DATE:20261205", "DTEND;VALUE=DATE:20261207", "RRULE:FREQ=WEEKLY;UNTIL=20270130", "EXDATE;VALUE=DATE:20261212", "RECURRENCE-ID;VALUE=DATE:20261219", "DTSTART;VALUE=DATE:20261220"]));
    expect(ics.filter((line) => line === "UID:trip@planner")).toHaveLength(2);
  });

  it("a timed series ending on a date ends at that day's last second on its own wall clock, in UTC; BYDAY=2TU stays", () => {
    const series = { ...base, id: "board", recurrence: "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270608", timeZone: "America/New_York", startAt: at("2026-12-08T20:00:00Z"), endAt: at("2026-12-08T21:00:00Z") };
    expect(lines(renderCalendar([series], options))).toEqual(expect.arrayContaining(["DTSTART;TZID=America/New_York:20261208T150000", "RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270609T035959Z"]));
  });

  it("a timed series' occurrence changed into an all-day one keeps a date-time RECURRENCE-ID in the series' zone", () => {
    const series = { ...base, id: "gym", recurrence: "RRULE:FREQ=DAILY;COUNT=5", timeZone: "Europe/Berlin" };
    const allDay = { ...base, id: "off", allDay: true, startAt: at("2026-12-03T00:00:00Z"), endAt: at("2026-12-04T00:00:00Z"), seriesId: "gym", originalStartAt: at("2026-12-03T09:00:00Z") };
    expect(lines(renderCalendar([series, allDay], options))).toEqual(expect.arrayContaining(["RECURRENCE-ID;TZID=Europe/Berlin:20261203T100000", "DTSTART;VALUE=DATE:20261203"]));
  });

  it("alarms: before the start, on the day of an all-day one (related to the start), none when done or not the reader's", () => {
    const ics = renderCalendar([{ ...base, reminderMinutes: [1440, 0] }, { ...base, id: "day", allDay: true, reminderMinutes: [-540], startAt: at("2026-12-05T00:00:00Z"), endAt: at("2026-12-06T00:00:00Z") }], options);
    expect(lines(ics)).toEqual(expect.arrayContaining(["TRIGGER:-P1D", "TRIGGER:PT0S", "TRIGGER;RELATED=START:PT9H"]));
    expect(renderCalendar([{ ...base, status: "CLOSED", reminderMinutes: [10] }], options)).not.toContain("VALARM");
    const shared = renderCalendar([{ ...base, reminderMinutes: [10] }], { ...options, readerId: "someone-else" });
    expect(shared).not.toContain("VALARM");
    expect(shared).toContain("SUMMARY:Dentist (Kim)");
  });

  it("a changed occurrence whose series is not in the file stands alone under its own UID", () => {
    const orphan = { ...base, id: "orphan", seriesId: "gone", originalStartAt: at("2026-12-01T09:00:00Z") };
    const ics = renderCalendar([orphan], options);
    expect(ics).toContain("UID:orphan@planner");
    expect(ics).not.toContain("RECURRENCE-ID");
  });
});

describe("writableZoneName", () => {
  it("finds a VTIMEZONE under another name of the same clock, and gives up on a zone newer than the files", () => {
    expect(writableZoneName("Asia/Seoul")).toBe("Asia/Seoul");
    expect(writableZoneName("Europe/Kyiv")).toBe("Europe/Kiev");
    expect(writableZoneName("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
    expect(writableZoneName("America/Ciudad_Juarez")).toBeNull();
    expect(writableZoneName("UTC")).toBe("UTC");
  });
});
