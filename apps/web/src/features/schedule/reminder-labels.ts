import { ALL_DAY_REMINDER_PRESETS, REMINDER_PRESETS, type Locale } from "@planner/domain";
import { formatter } from "./zoned-time";

// A reminder's name in the page's language. Timed schedules count minutes
// before the start ("10 minutes before", "1일 전"); all-day ones count from
// midnight of their first day, so they read as a day and a time
// ("The day before at 9:00 AM", "전날 오전 9:00").

/** A translator of the `schedule.reminders` messages. */
export type ReminderTranslate = (key: string, values?: Record<string, string | number>) => string;

const UNITS = [
  { minutes: 10_080, key: "weeks" },
  { minutes: 1440, key: "days" },
  { minutes: 60, key: "hours" },
] as const;

/** The presets offered for the kind of schedule. */
export function reminderPresets(allDay: boolean): readonly number[] {
  return allDay ? ALL_DAY_REMINDER_PRESETS : REMINDER_PRESETS;
}

export function reminderLabel(minutesBefore: number, allDay: boolean, locale: Locale, t: ReminderTranslate): string {
  if (allDay) {
    // Whole days back from midnight of the first day, then the time of day on that day.
    const days = Math.max(0, Math.ceil(minutesBefore / 1440));
    const minuteOfDay = days * 1440 - minutesBefore;
    const time = formatter(locale, "UTC", { hour: "numeric", minute: "2-digit" }).format(new Date(Date.UTC(2000, 0, 1, 0, minuteOfDay)));
    return t("allDayAt", { days, time });
  }
  if (minutesBefore === 0) return t("atStart");
  const unit = UNITS.find((candidate) => minutesBefore % candidate.minutes === 0);
  const amount = unit ? t(unit.key, { count: minutesBefore / unit.minutes }) : t("minutes", { count: minutesBefore });
  return t("before", { amount });
}
