import type { Locale } from "@planner/domain";
import { formatDay } from "./zoned-time";

type Days = { allDay: boolean; startDate: string | null; endDate: string | null };
type AllDayTranslate = (key: "allDayOne" | "allDayRange", values: Record<string, string>) => string;

/** When an all-day schedule is, on its local dates: "Tue, Jan 15 · all day" or "Tue, Jan 15 – Thu, Jan 17 · all day"; null for a timed one. */
export function allDayLabel(schedule: Days, locale: Locale, t: AllDayTranslate): string | null {
  if (!schedule.allDay || !schedule.startDate || !schedule.endDate) return null;
  // Dates are the same everywhere: formatted as UTC middays.
  const day = (date: string) => formatDay(new Date(`${date}T12:00:00Z`), "UTC", locale);
  return schedule.startDate === schedule.endDate ? t("allDayOne", { day: day(schedule.startDate) }) : t("allDayRange", { first: day(schedule.startDate), last: day(schedule.endDate) });
}
