import { describe, expect, it } from "vitest";
import { monthlyChoices, recurrenceTextOfDraft, repeatDraftOf, repeatDraftProblem, toggleWeekday, weekdayOf, weekdayPlaceOf, weekdaysFrom, weeklyDaysOf, type RepeatDraft } from "./repeat-draft";

// 2026-06-01 is a Monday; 2026-06-09 the 2nd Tuesday; 2026-06-30 the 5th (and last) Tuesday.
const fresh = (start = "2026-06-01") => repeatDraftOf(null, start, "UTC");
const withDraft = (changes: Partial<RepeatDraft>, start = "2026-06-01") => recurrenceTextOfDraft({ ...fresh(start), ...changes }, start);

describe("the Repeat control", () => {
  it("starts as not repeating, with the start's weekday chosen for a weekly rule", () => {
    expect(fresh()).toMatchObject({ freq: "NONE", weekdays: ["MO"], end: "never", interval: "1" });
    expect(recurrenceTextOfDraft(fresh(), "2026-06-01")).toBeNull();
  });

  it("keeps a weekly rule on the first day's weekday as that day is changed, until days are picked", () => {
    // Opened on Monday 1 June; the start typed as Wednesday 3 June, then Weekly chosen.
    const weekly = { ...fresh("2026-06-01"), freq: "WEEKLY" as const };
    expect(recurrenceTextOfDraft(weekly, "2026-06-03")).toBe("RRULE:FREQ=WEEKLY;BYDAY=WE");
    expect(weeklyDaysOf(weekly, "2026-06-04")).toEqual(["TH"]);

    // Friday picked as well: the days are the person's now, wherever the start goes.
    const picked = toggleWeekday(weekly, "FR", "2026-06-03");
    expect(picked).toMatchObject({ weekdays: ["WE", "FR"], daysPicked: true });
    expect(recurrenceTextOfDraft(picked, "2026-06-10")).toBe("RRULE:FREQ=WEEKLY;BYDAY=WE,FR");
    // The one day left cannot be taken off.
    expect(toggleWeekday(toggleWeekday(picked, "FR", "2026-06-03"), "WE", "2026-06-03")).toMatchObject({ weekdays: ["WE"] });

    // A rule being edited keeps the days it names.
    expect(weeklyDaysOf(repeatDraftOf("RRULE:FREQ=WEEKLY;BYDAY=MO", "2026-06-01", "UTC"), "2026-06-03")).toEqual(["MO"]);
  });

  it("lists the weekdays from the viewer's first day of the week", () => {
    expect(weekdaysFrom(1)).toEqual(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
    expect(weekdaysFrom(0)).toEqual(["SU", "MO", "TU", "WE", "TH", "FR", "SA"]);
    expect(weekdaysFrom(6)).toEqual(["SA", "SU", "MO", "TU", "WE", "TH", "FR"]);
  });

  it("knows a date's weekday and its place in the month", () => {
    expect(weekdayOf("2026-06-09")).toBe("TU");
    expect(weekdayPlaceOf("2026-06-09")).toEqual({ nth: 2, last: false, weekday: "TU" });
    expect(weekdayPlaceOf("2026-06-30")).toEqual({ nth: 5, last: true, weekday: "TU" });
    expect(monthlyChoices("2026-06-09")).toEqual(["day", "nth"]);
    expect(monthlyChoices("2026-06-24")).toEqual(["day", "nth", "last"]);
    expect(monthlyChoices("2026-06-30")).toEqual(["day", "last"]);
  });

  it("writes the RRULE of each shape", () => {
    expect(withDraft({ freq: "DAILY" })).toBe("RRULE:FREQ=DAILY");
    expect(withDraft({ freq: "WEEKLY", weekdays: ["WE", "MO"], daysPicked: true, end: "count", count: "6" })).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6");
    expect(withDraft({ freq: "WEEKLY", interval: "2", end: "until", untilDate: "2026-06-30" })).toBe("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20260630");
    expect(withDraft({ freq: "MONTHLY" }, "2026-05-31")).toBe("RRULE:FREQ=MONTHLY;BYMONTHDAY=31");
    expect(withDraft({ freq: "MONTHLY", monthlyBy: "nth" }, "2026-06-09")).toBe("RRULE:FREQ=MONTHLY;BYDAY=2TU");
    expect(withDraft({ freq: "MONTHLY", monthlyBy: "last" }, "2026-06-30")).toBe("RRULE:FREQ=MONTHLY;BYDAY=-1TU");
    expect(withDraft({ freq: "YEARLY", interval: "2" })).toBe("RRULE:FREQ=YEARLY;INTERVAL=2");
  });

  it("falls back to the date when the start moved to a day the monthly choice cannot name", () => {
    // "the nth Tuesday" chosen, then the start moved to the 5th Tuesday.
    expect(withDraft({ freq: "MONTHLY", monthlyBy: "nth" }, "2026-06-30")).toBe("RRULE:FREQ=MONTHLY;BYMONTHDAY=30");
  });

  it("reads a stored rule back", () => {
    expect(repeatDraftOf("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", "2026-06-01", "UTC")).toMatchObject({ freq: "WEEKLY", weekdays: ["MO", "WE"], end: "count", count: "6" });
    expect(repeatDraftOf("RRULE:FREQ=MONTHLY;BYDAY=-1FR", "2026-06-26", "UTC")).toMatchObject({ freq: "MONTHLY", monthlyBy: "last" });
    expect(repeatDraftOf("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231", "2026-06-09", "UTC")).toMatchObject({ monthlyBy: "nth", end: "until", untilDate: "2026-12-31" });
    // An UNTIL instant is the date it falls on in the calendar's zone.
    expect(repeatDraftOf("RRULE:FREQ=DAILY;UNTIL=20260629T150000Z", "2026-06-01", "Asia/Seoul")).toMatchObject({ end: "until", untilDate: "2026-06-30" });
    for (const rule of ["RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,FR;UNTIL=20261001", "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=4", "RRULE:FREQ=DAILY;WKST=SU"]) {
      expect(recurrenceTextOfDraft(repeatDraftOf(rule, "2026-06-09", "UTC"), "2026-06-09")).toBe(rule);
    }
  });

  it("says what keeps it from being a rule", () => {
    expect(repeatDraftProblem({ ...fresh(), freq: "DAILY", interval: "0" }, "2026-06-01")).toEqual({ kind: "interval", max: 99 });
    expect(repeatDraftProblem({ ...fresh(), freq: "DAILY", interval: "1.5" }, "2026-06-01")).toEqual({ kind: "interval", max: 99 });
    expect(repeatDraftProblem({ ...fresh(), freq: "DAILY", end: "count", count: "" }, "2026-06-01")).toEqual({ kind: "count", max: 1000 });
    expect(repeatDraftProblem({ ...fresh(), freq: "DAILY", end: "until", untilDate: "2026-05-31" }, "2026-06-01")).toEqual({ kind: "until" });
    expect(repeatDraftProblem({ ...fresh(), freq: "DAILY", end: "until", untilDate: "2026-06-01" }, "2026-06-01")).toBeNull();
    // Not repeating: nothing else matters.
    expect(repeatDraftProblem({ ...fresh(), interval: "x" }, "2026-06-01")).toBeNull();
  });
});
