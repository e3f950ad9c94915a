import { describe, expect, it } from "vitest";
import { repeatDraftOf } from "./repeat-draft";
import { endFollowingStart, newAllDayDraft, newScheduleDraft, switchAllDay, type ScheduleDraft } from "./schedule-form";
import { scheduleFormSchema } from "./schedule-form-schema";

// The dialog's resolver: what is typed, read on the calendar's clock and
// checked by the server's schema and time-slot rules, every field at once.

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/** A timed draft as the dialog holds it. */
function draft(changes: Partial<ScheduleDraft>): ScheduleDraft {
  return {
    title: "Call",
    memo: "",
    allDay: false,
    startAt: "2030-01-09T10:00",
    endAt: "2030-01-09T11:00",
    startDate: "2030-01-09",
    endDate: "2030-01-09",
    recurrence: repeatDraftOf(null, "2030-01-09", "UTC"),
    reminders: null,
    ...changes,
  };
}

describe("scheduleFormSchema", () => {
  it("reads the times in the calendar's zone", () => {
    const parsed = scheduleFormSchema("Asia/Seoul").safeParse(draft({ title: " Lunch ", startAt: "2030-01-09T12:00", endAt: "2030-01-09T13:30" }));
    expect(parsed.data).toEqual({ title: "Lunch", memo: "", allDay: false, startAt: new Date("2030-01-09T03:00:00Z"), endAt: new Date("2030-01-09T04:30:00Z"), recurrence: null });
  });

  it("names the title and the time rules together", () => {
    const parsed = scheduleFormSchema("Europe/Berlin").safeParse(draft({ title: "", startAt: "2030-01-09T10:00", endAt: "2030-01-09T09:00" }));
    expect(fieldErrors(parsed)).toEqual({ title: "Give the schedule a title.", endAt: "End after the start." });
  });

  it("keeps to the half-hour grid of the zone, not of UTC", () => {
    // 10:15 in Kathmandu (UTC+5:45) is 04:30 UTC: on UTC's grid, off Kathmandu's.
    const parsed = scheduleFormSchema("Asia/Kathmandu").safeParse(draft({ startAt: "2030-01-09T10:15", endAt: "2030-01-09T11:00" }));
    expect(fieldErrors(parsed)).toEqual({ startAt: "Start on the hour or half hour (Asia/Kathmandu)." });
  });

  it("asks for a time where none is typed, without judging the slot", () => {
    const parsed = scheduleFormSchema("UTC").safeParse(draft({ startAt: "", endAt: "2030-01-09T11:00" }));
    expect(fieldErrors(parsed)).toEqual({ startAt: "Choose a date and time." });
  });

  it("holds the memo to the server's length", () => {
    const parsed = scheduleFormSchema("UTC").safeParse(draft({ memo: "x".repeat(2001) }));
    expect(fieldErrors(parsed)).toEqual({ memo: "Keep the memo to 2000 characters." });
  });

  it("reads an all-day schedule as its days, off the time grid", () => {
    const parsed = scheduleFormSchema("Asia/Kathmandu").safeParse(draft({ allDay: true, startAt: "2030-01-09T10:15", startDate: "2030-01-09", endDate: "2030-01-11" }));
    expect(parsed.data).toMatchObject({ allDay: true, startAt: new Date("2030-01-09T00:00:00Z"), endAt: new Date("2030-01-12T00:00:00Z") });
    const backwards = scheduleFormSchema("UTC").safeParse(draft({ title: "", allDay: true, startDate: "2030-01-09", endDate: "2030-01-08" }));
    expect(fieldErrors(backwards)).toEqual({ title: "Give the schedule a title.", endDate: "End on or after the first day." });
  });

  it("writes the Repeat control as an RRULE and the chosen reminders as minutes", () => {
    const weekly = { ...repeatDraftOf(null, "2030-01-09", "UTC"), freq: "WEEKLY" as const, weekdays: ["MO" as const, "WE" as const], daysPicked: true, end: "count" as const, count: "6" };
    const parsed = scheduleFormSchema("UTC").safeParse(draft({ recurrence: weekly, reminders: [10, 60] }));
    expect(parsed.data).toMatchObject({ recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", reminders: [60, 10] });
    // Left alone, the reminders are the owner's defaults: not sent.
    expect(scheduleFormSchema("UTC").safeParse(draft({})).data).not.toHaveProperty("reminders");
  });

  it("says at the Repeat control what keeps it from being a rule", () => {
    const until = { ...repeatDraftOf(null, "2030-01-09", "UTC"), freq: "DAILY" as const, end: "until" as const, untilDate: "2030-01-01" };
    expect(fieldErrors(scheduleFormSchema("UTC").safeParse(draft({ recurrence: until })))).toEqual({ recurrence: "End the repeat on or after the first day." });
  });

  it("refuses a timed reminder after the start", () => {
    expect(fieldErrors(scheduleFormSchema("UTC").safeParse(draft({ reminders: [-540] })))).toEqual({ reminders: "A reminder for a timed schedule must be at or before its start." });
  });
});

describe("switching All day", () => {
  it("keeps the schedule on its days, and back to a morning slot", () => {
    const timed = newScheduleDraft(new Date("2030-01-09T22:00:00Z"), new Date("2030-01-10T01:00:00Z"), "UTC");
    const allDay = switchAllDay(timed, true, "UTC");
    expect(allDay).toMatchObject({ allDay: true, startDate: "2030-01-09", endDate: "2030-01-10", reminders: null });
    expect(switchAllDay(newAllDayDraft("2030-01-12", "2030-01-14", "UTC"), false, "UTC")).toMatchObject({ allDay: false, startAt: "2030-01-12T09:00", endAt: "2030-01-12T10:00" });
  });

  it("leaves the defaults as they are, and turns chosen reminders into the usual set of the other kind", () => {
    expect(switchAllDay(draft({ reminders: [30] }), true, "UTC").reminders).toEqual([900]);
    expect(switchAllDay(draft({ allDay: true, reminders: [-540] }), false, "UTC").reminders).toEqual([1440, 10]);
  });
});

describe("endFollowingStart", () => {
  it("moves an end the start passed, keeping the length, across a day and for all-day dates", () => {
    expect(endFollowingStart("2026-06-01T09:00", "2026-06-01T10:00", "2026-06-01T09:30")).toBe("2026-06-01T10:30");
    expect(endFollowingStart("2026-06-01T04:30", "2026-06-01T10:00", "2026-06-01T05:00")).toBe("2026-06-01T10:30");
    expect(endFollowingStart("2026-06-01T23:00", "2026-06-02T08:00", "2026-06-02T00:30")).toBe("2026-06-02T09:30");
    expect(endFollowingStart("2026-06-01", "2026-06-03", "2026-06-02")).toBe("2026-06-04");
    expect(endFollowingStart("2026-06-01", "2026-06-05", "2026-06-01")).toBe("2026-06-05");
  });

  it("leaves an end that is still after the start, or a value not yet whole, as typed", () => {
    expect(endFollowingStart("2026-06-01T10:15", "2026-06-01T10:00", "2026-06-01T11:00")).toBeNull();
    expect(endFollowingStart("2026-06-01T09:00", "2026-06-01T10:00", "2026-06-01T11:00")).toBeNull();
    expect(endFollowingStart("2026-06-01", "2026-06-02", "2026-06-03")).toBeNull();
    expect(endFollowingStart("", "2026-06-01T10:00", "2026-06-01T09:00")).toBeNull();
    expect(endFollowingStart("2026-06-01T09:00", "", "2026-06-01T11:00")).toBeNull();
    // An end already before the start has no length to keep.
    expect(endFollowingStart("2026-06-01T10:00", "2026-06-01T10:15", "2026-06-01T09:00")).toBeNull();
  });
});

