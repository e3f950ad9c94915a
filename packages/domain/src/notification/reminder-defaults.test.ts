import { describe, expect, it } from "vitest";
import { ALL_DAY_REMINDER_PRESETS } from "./reminder-offsets";
import { allDayReminderMinutes, allDayReminderParts, updateReminderDefaultsInput } from "./reminder-defaults";

describe("all-day reminder minutes", () => {
  it("say the day and the time of the presets", () => {
    expect(ALL_DAY_REMINDER_PRESETS.map(allDayReminderParts)).toEqual([
      { daysBefore: 0, minuteOfDay: 540 },
      { daysBefore: 1, minuteOfDay: 540 },
      { daysBefore: 2, minuteOfDay: 540 },
      { daysBefore: 7, minuteOfDay: 540 },
    ]);
    expect(allDayReminderParts(0)).toEqual({ daysBefore: 0, minuteOfDay: 0 });
    expect(allDayReminderParts(1440)).toEqual({ daysBefore: 1, minuteOfDay: 0 });
  });

  it("go back and forth", () => {
    for (const minutes of [-1439, -540, 0, 1, 900, 1439, 1440, 2340, 9540, 40_320]) {
      const { daysBefore, minuteOfDay } = allDayReminderParts(minutes);
      expect(allDayReminderMinutes(daysBefore, minuteOfDay)).toBe(minutes);
    }
  });
});

describe("updateReminderDefaultsInput", () => {
  it("sorts, and refuses a timed reminder after the start", () => {
    expect(updateReminderDefaultsInput.parse({ timed: [{ minutesBefore: 10 }, { minutesBefore: 60 }], allDay: [] })).toEqual({ timed: [60, 10], allDay: [] });
    const refused = updateReminderDefaultsInput.safeParse({ timed: [{ minutesBefore: -5 }], allDay: [{ minutesBefore: -540 }] });
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([["timed"]]);
  });
});
