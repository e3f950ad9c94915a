import type { ScheduleFilter } from "./filter";

export const EMPTY_SCHEDULES: Record<ScheduleFilter, { title: string; hint: string }> = {
  all: { title: "No schedules yet", hint: "Open the calendar and click or drag across a time to plan something." },
  planned: { title: "Nothing planned", hint: "Every schedule is done, or none is planned yet." },
  done: { title: "Nothing done yet", hint: "Mark a schedule done on the calendar and it will show up here." },
};
