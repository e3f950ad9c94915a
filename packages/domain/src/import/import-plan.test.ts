import { describe, expect, it } from "vitest";
import { splitCalendar } from "./calendar-text";
import { zoneBook } from "./ical-clock";
import { readEvent } from "./ical-event";
import { EXPANDED_LIMIT, groupEvents, planGroup } from "./import-plan";

const NOW = new Date("2026-11-21T10:00:00Z");

/** The whole reading of a calendar whose VEVENTs are given as lines (one string per event). */
function plan(events: string[], ownerTimeZone = "America/New_York", extra = "") {
  const text = ["BEGIN:VCALENDAR", extra, ...events.map((lines) => `BEGIN:VEVENT\n${lines.trim().replace(/\n\s+/g, "\n")}\nEND:VEVENT`), "END:VCALENDAR"].filter(Boolean).join("\n");
  const parts = splitCalendar(text);
  if ("problem" in parts) throw new Error(parts.problem);
  const context = { book: zoneBook(ownerTimeZone, parts.timeZones), now: NOW, untitled: "(No title)" };
  const grouped = groupEvents(parts.events.map(readEvent), context);
  const plans = grouped.groups.map((group) => planGroup(group, context));
  return { items: plans.flatMap((p) => p.items), notes: [...grouped.notes, ...plans.flatMap((p) => p.notes)] };
}
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
/** The skipped events of a plan's notes, as [title, reason]. */
const skipped = (notes: ReturnType<typeof plan>["notes"]) => notes.map((note) => note.kind === "skipped" && [note.title, note.reason]);

describe("repeat rules", () => {
  it("keeps rules the app can say, in the app's words", () => {
    const { items, notes } = plan([
      `UID:weekdays
       DTSTART;TZID=America/New_York:20270104T090000
       DTEND;TZID=America/New_York:20270104T093000
       RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=10`,
      `UID:yearly
       DTSTART;VALUE=DATE:20270315
       RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15`,
      `UID:local-until
       DTSTART;TZID=America/New_York:20270104T090000
       DTEND;TZID=America/New_York:20270104T100000
       RRULE:FREQ=WEEKLY;WKST=TH;UNTIL=20270201T090000`,
      `UID:monthly
       DTSTART:20270129T150000Z
       DTEND:20270129T160000Z
       RRULE:FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=2`,
      `UID:odd-start
       DTSTART:20270104T150000Z
       DTEND:20270104T160000Z
       RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2`,
    ]);
    expect(items.map((item) => [item.key, item.recurrence, item.timeZone])).toEqual([
      ["weekdays", "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10", "America/New_York"],
      ["yearly", "RRULE:FREQ=YEARLY", "America/New_York"],
      // Its UNTIL on the event's wall clock (09:00 in New York) becomes the instant; a week start that changes nothing goes.
      ["local-until", "RRULE:FREQ=WEEKLY;UNTIL=20270201T140000Z", "America/New_York"],
      // A time in UTC repeats on UTC's clock.
      ["monthly", "RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR", "UTC"],
      // A DTSTART off its rule's days is no occurrence (to ical.js either): the series starts on its first, the Tuesday.
      ["odd-start", "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2", "UTC"],
    ]);
    expect(items[4]!.startAt).toEqual(new Date("2027-01-05T15:00:00Z"));
    expect(notes).toEqual([]);
  });

  it("imports other rules as their occurrences: all of a short one, a window of an endless one", () => {
    const { items, notes } = plan([
      // The fifth Friday, three times.
      `UID:fifth
       DTSTART:20270129T150000Z
       DTEND:20270129T160000Z
       RRULE:FREQ=MONTHLY;BYDAY=5FR;COUNT=3
       SUMMARY:Fifth Friday`,
      `UID:mothers-day
       DTSTART;VALUE=DATE:20200510
       RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=2SU
       SUMMARY:Mother's Day`,
      `UID:daily-forever
       DTSTART:20200101T150000Z
       DTEND:20200101T153000Z
       RRULE:FREQ=DAILY;BYHOUR=15
       SUMMARY:Every day`,
    ]);
    const keys = (prefix: string) => items.filter((item) => item.key.startsWith(prefix)).map((item) => item.key);
    expect(keys("fifth#")).toEqual(["fifth#20270129T150000Z", "fifth#20270430T150000Z", "fifth#20270730T150000Z"]);
    // Endless: from a year before "now" to two years after.
    expect(keys("mothers-day#")).toEqual(["mothers-day#20260510", "mothers-day#20270509", "mothers-day#20280514"]);
    expect(keys("daily-forever#")).toHaveLength(EXPANDED_LIMIT);
    expect(keys("daily-forever#")[0]).toBe("daily-forever#20251121T150000Z");
    expect(items.every((item) => item.recurrence === null)).toBe(true);
    expect(notes).toEqual([
      { kind: "expanded", title: "Fifth Friday", occurrences: 3, from: null, until: null },
      { kind: "expanded", title: "Mother's Day", occurrences: 3, from: "2025-11-21", until: "2028-11-20" },
      { kind: "expanded", title: "Every day", occurrences: EXPANDED_LIMIT, from: "2025-11-21", until: "2028-11-20" },
    ]);
  });

  it("leaves out rules nobody can follow, saying so", () => {
    const { items, notes } = plan([
      "UID:hourly\nDTSTART:20270104T150000Z\nRRULE:FREQ=HOURLY;COUNT=3\nSUMMARY:Hourly",
      "UID:exrule\nDTSTART:20270104T150000Z\nRRULE:FREQ=DAILY;COUNT=3\nEXRULE:FREQ=DAILY;COUNT=1\nSUMMARY:Exrule",
      "UID:refused\nDTSTART:20270104T150000Z\nRRULE:FREQ=WEEKLY;BYMONTHDAY=4\nSUMMARY:Refused",
    ]);
    expect(items).toEqual([]);
    expect(skipped(notes)).toEqual([
      ["Hourly", "unsupportedRepeat"],
      ["Exrule", "unsupportedRepeat"],
      ["Refused", "unsupportedRepeat"],
    ]);
  });

  it("leaves out rules whose month days never come (ical.js looked for them for ever), quickly", () => {
    const started = Date.now();
    const { items, notes } = plan([
      "UID:april-31\nDTSTART:20270101T100000Z\nRRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31;COUNT=5\nSUMMARY:April 31",
      "UID:feb-30\nDTSTART:20270101T100000Z\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;BYDAY=MO\nSUMMARY:February 30",
    ]);
    expect(items).toEqual([]);
    expect(skipped(notes)).toEqual([
      ["April 31", "unsupportedRepeat"],
      ["February 30", "unsupportedRepeat"],
    ]);
    // Not a timing assertion on the code's speed: without the check this never returned.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("takes only the days a rule names: a day a month lacks is not moved into the next", () => {
    const { items } = plan([
      "UID:leap\nDTSTART:20280229T100000Z\nDTEND:20280229T110000Z\nRRULE:FREQ=MONTHLY;BYMONTHDAY=29;BYMONTH=1,2,3;UNTIL=20290401T000000Z\nSUMMARY:Leap",
    ]);
    expect(iso(items.map((item) => item.startAt))).toEqual(["2028-02-29T10:00:00.000Z", "2028-03-29T10:00:00.000Z", "2029-01-29T10:00:00.000Z", "2029-03-29T10:00:00.000Z"]);
  });
});

describe("series too big for one batch", () => {
  it("are imported as their occurrences when they delete more than an item carries", () => {
    const day = (offset: number) => new Date(Date.UTC(2027, 0, 1 + offset, 10)).toISOString().replace(/[-:]/g, "").replace(".000", "");
    const exdates = Array.from({ length: 2001 }, (_, index) => day(index + 1)).join(",");
    const { items } = plan([`UID:busy\nDTSTART:20270101T100000Z\nDTEND:20270101T110000Z\nRRULE:FREQ=DAILY;COUNT=2010\nEXDATE:${exdates}\nSUMMARY:Busy`]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.recurrence === null && item.exceptions.length === 0)).toBe(true);
    // The first day and the days after the deleted ones.
    expect(items[0]!.startAt).toEqual(new Date("2027-01-01T10:00:00Z"));
    expect(items.some((item) => item.startAt.getTime() === new Date("2027-01-02T10:00:00Z").getTime())).toBe(false);
  });
});

describe("time zones a file defines", () => {
  const zone = (rule: string) =>
    ["BEGIN:VTIMEZONE", "TZID:Home", "BEGIN:STANDARD", "DTSTART:16000101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", rule, "END:STANDARD", "END:VTIMEZONE"].join("\n");
  const event = "UID:e\nDTSTART;TZID=Home:20270104T100000\nDTEND;TZID=Home:20270104T110000\nSUMMARY:Meeting";

  it("are used when they change as zones do (yearly)", () => {
    const { items } = plan([event], "Asia/Seoul", zone("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    expect(items[0]!.startAt).toEqual(new Date("2027-01-04T09:00:00Z"));
  });

  it("are left out when an observance repeats more often than yearly (its expansion took all the memory): the owner's zone", () => {
    const { items } = plan([event], "Asia/Seoul", zone("RRULE:FREQ=DAILY"));
    expect(items[0]!.startAt).toEqual(new Date("2027-01-04T01:00:00Z"));
  });
});

describe("the half-hour grid", () => {
  it("moves a repeating event as a whole: its first start back, its end forward, its deleted and moved occurrences with it", () => {
    const { items, notes } = plan([
      `UID:s
       DTSTART;TZID=America/New_York:20270104T091000
       DTEND;TZID=America/New_York:20270104T094500
       RRULE:FREQ=WEEKLY;COUNT=4
       EXDATE;TZID=America/New_York:20270111T091000
       EXDATE;VALUE=DATE:20270118
       SUMMARY:Sync`,
      `UID:s
       RECURRENCE-ID;TZID=America/New_York:20270125T091000
       DTSTART;TZID=America/New_York:20270125T130000
       DTEND;TZID=America/New_York:20270125T133000
       SUMMARY:Sync (moved)`,
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ startAt: new Date("2027-01-04T14:00:00Z"), endAt: new Date("2027-01-04T15:00:00Z"), recurrence: "RRULE:FREQ=WEEKLY;COUNT=4" });
    // Deleted on the 11th and (a date for a timed series) the 18th; moved on the 25th.
    expect(iso(items[0]!.exceptions)).toEqual(["2027-01-11T14:00:00.000Z", "2027-01-18T14:00:00.000Z"]);
    expect(items[0]!.overrides.map((override) => [override.originalStartAt.toISOString(), override.startAt.toISOString()])).toEqual([["2027-01-25T14:00:00.000Z", "2027-01-25T18:00:00.000Z"]]);
    expect(notes).toEqual([{ kind: "offGrid", title: "Sync", date: "2027-01-04", before: "09:10–09:45", after: "09:00–10:00" }]);
  });

  it("is the owner's grid: 09:00 in New York is 19:45 in Kathmandu, so 19:30–20:30 there", () => {
    const { items, notes } = plan(["UID:k\nDTSTART;TZID=America/New_York:20270104T090000\nDTEND;TZID=America/New_York:20270104T093000\nSUMMARY:Call"], "Asia/Kathmandu");
    expect(items[0]).toMatchObject({ startAt: new Date("2027-01-04T13:45:00Z"), endAt: new Date("2027-01-04T14:45:00Z") });
    expect(notes).toEqual([{ kind: "offGrid", title: "Call", date: "2027-01-04", before: "19:45–20:15", after: "19:30–20:30" }]);
  });

  it("gives an event without a length 30 minutes, and an all-day event without an end its one day", () => {
    const { items } = plan(["UID:a\nDTSTART:20270104T150000Z\nSUMMARY:Point", "UID:b\nDTSTART;VALUE=DATE:20270104\nSUMMARY:Day"]);
    expect(items.map((item) => [item.startAt.toISOString(), item.endAt.toISOString(), item.allDay])).toEqual([
      ["2027-01-04T15:00:00.000Z", "2027-01-04T15:30:00.000Z", false],
      ["2027-01-04T00:00:00.000Z", "2027-01-05T00:00:00.000Z", true],
    ]);
  });
});

describe("zones", () => {
  it("reads floating times on the owner's clock, and a zone only the file defines by its definition", () => {
    const outlookZone = [
      "BEGIN:VTIMEZONE",
      "TZID:W. Europe Standard Time",
      "BEGIN:STANDARD",
      "DTSTART:16010101T030000",
      "TZOFFSETFROM:+0200",
      "TZOFFSETTO:+0100",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
      "END:STANDARD",
      "BEGIN:DAYLIGHT",
      "DTSTART:16010101T020000",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0200",
      "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
      "END:DAYLIGHT",
      "END:VTIMEZONE",
    ].join("\n");
    const { items } = plan(
      [
        "UID:floating\nDTSTART:20270704T090000\nDTEND:20270704T100000",
        "UID:outlook\nDTSTART;TZID=W. Europe Standard Time:20270704T090000\nDTEND;TZID=W. Europe Standard Time:20270704T100000",
        "UID:mozilla\nDTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20270104T090000\nDTEND;TZID=/mozilla.org/20050126_1/Europe/Berlin:20270104T100000",
      ],
      "Asia/Seoul",
      outlookZone,
    );
    expect(items.map((item) => [item.key, item.startAt.toISOString()])).toEqual([
      ["floating", "2027-07-04T00:00:00.000Z"],
      ["outlook", "2027-07-04T07:00:00.000Z"],
      ["mozilla", "2027-01-04T08:00:00.000Z"],
    ]);
  });
});

describe("one event in several VEVENTs", () => {
  it("imports the newest copy of an event the file has twice, and an occurrence without its series on its own", () => {
    const { items, notes } = plan([
      "UID:twice\nSEQUENCE:1\nDTSTART:20270104T150000Z\nDTEND:20270104T160000Z\nSUMMARY:Newer",
      "UID:twice\nSEQUENCE:0\nDTSTART:20270104T150000Z\nDTEND:20270104T160000Z\nSUMMARY:Older",
      "UID:orphan\nRECURRENCE-ID:20270105T150000Z\nDTSTART:20270105T170000Z\nDTEND:20270105T180000Z\nSUMMARY:One meeting of a series",
    ]);
    expect(items.map((item) => [item.key, item.title])).toEqual([
      ["twice", "Newer"],
      ["orphan#20270105T150000Z", "One meeting of a series"],
    ]);
    expect(notes).toEqual([{ kind: "skipped", title: "Older", date: "2027-01-04", reason: "duplicate" }]);
  });

  it("names a moved occurrence that is not one of its series' occurrences", () => {
    const { items, notes } = plan([
      "UID:s\nDTSTART:20270104T150000Z\nDTEND:20270104T160000Z\nRRULE:FREQ=WEEKLY;COUNT=2\nSUMMARY:Weekly",
      "UID:s\nRECURRENCE-ID:20270106T150000Z\nDTSTART:20270106T170000Z\nSUMMARY:Stray",
    ]);
    expect(items[0]!.overrides).toEqual([]);
    expect(notes).toEqual([{ kind: "skipped", title: "Stray", date: "2027-01-06", reason: "notAnOccurrence" }]);
  });
});
