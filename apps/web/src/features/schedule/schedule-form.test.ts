import { describe, expect, it } from "vitest";
import { scheduleFormSchema } from "./schedule-form";

// The dialog's resolver: what is typed, read on the calendar's clock and
// checked by the server's schema and time-slot rules, every field at once.

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

describe("scheduleFormSchema", () => {
  it("reads the times in the calendar's zone", () => {
    const parsed = scheduleFormSchema("Asia/Seoul").safeParse({ title: " Lunch ", memo: "", startAt: "2030-01-09T12:00", endAt: "2030-01-09T13:30" });
    expect(parsed.data).toEqual({ title: "Lunch", memo: "", startAt: new Date("2030-01-09T03:00:00Z"), endAt: new Date("2030-01-09T04:30:00Z") });
  });

  it("names the title and the time rules together", () => {
    const parsed = scheduleFormSchema("Europe/Berlin").safeParse({ title: "", memo: "", startAt: "2030-01-09T10:00", endAt: "2030-01-09T09:00" });
    expect(fieldErrors(parsed)).toEqual({ title: "Give the schedule a title.", endAt: "End after the start." });
  });

  it("keeps to the half-hour grid of the zone, not of UTC", () => {
    // 10:15 in Kathmandu (UTC+5:45) is 04:30 UTC: on UTC's grid, off Kathmandu's.
    const parsed = scheduleFormSchema("Asia/Kathmandu").safeParse({ title: "Call", memo: "", startAt: "2030-01-09T10:15", endAt: "2030-01-09T11:00" });
    expect(fieldErrors(parsed)).toEqual({ startAt: "Start on the hour or half hour (Asia/Kathmandu)." });
  });

  it("asks for a time where none is typed, without judging the slot", () => {
    const parsed = scheduleFormSchema("UTC").safeParse({ title: "Call", memo: "", startAt: "", endAt: "2030-01-09T11:00" });
    expect(fieldErrors(parsed)).toEqual({ startAt: "Choose a date and time." });
  });

  it("holds the memo to the server's length", () => {
    const parsed = scheduleFormSchema("UTC").safeParse({ title: "Call", memo: "x".repeat(2001), startAt: "2030-01-09T10:00", endAt: "2030-01-09T11:00" });
    expect(fieldErrors(parsed)).toEqual({ memo: "Keep the memo to 2000 characters." });
  });
});
