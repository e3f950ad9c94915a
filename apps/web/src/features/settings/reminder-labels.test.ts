import { describe, expect, it } from "vitest";
import { tr } from "~/i18n/translator";
import { allDayReminderLabel, timeOfDayLabel, timedReminderLabel } from "./reminder-labels";

const t = (key: string, values?: Record<string, string | number>) => tr(`settings.${key}`, values);

describe("reminder labels", () => {
  it("name timed reminders by the time before the start", () => {
    expect([0, 10, 60, 90, 1440, 10080].map((minutes) => timedReminderLabel(minutes, "en", t))).toEqual([
      "At the start",
      "10 minutes before",
      "1 hour before",
      "1 hour 30 minutes before",
      "1 day before",
      "1 week before",
    ]);
  });

  it("name all-day reminders by the day and the time", () => {
    expect([-540, 900, 2340, 9540, -1110].map((minutes) => allDayReminderLabel(minutes, "en", t))).toEqual([
      "On the day at 9:00 AM",
      "The day before at 9:00 AM",
      "2 days before at 9:00 AM",
      "A week before at 9:00 AM",
      "On the day at 6:30 PM",
    ]);
  });

  it("write the time of day by hand, the same on the server and in the browser", () => {
    expect([0, 540, 720, 1110].map((minute) => timeOfDayLabel(minute, "ko"))).toEqual(["오전 12:00", "오전 9:00", "오후 12:00", "오후 6:30"]);
  });
});
