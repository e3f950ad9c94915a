"use client";

import { CalendarPlusIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Schedule } from "./types";

/** Where the schedule's .ics file is served (apps/web/src/app/api/schedules/[id]/ics): the whole series for a repeating one. */
export function scheduleFileHref(schedule: Pick<Schedule, "id">): string {
  return `/api/schedules/${encodeURIComponent(schedule.id)}/ics`;
}

/** "Add to my calendar (.ics)": a file the phone's or computer's calendar app opens. A plain download link, no script. */
export function AddToCalendarLink({ schedule }: { schedule: Pick<Schedule, "id" | "recurrence"> }) {
  const t = useTranslations("schedule");
  return (
    <a
      href={scheduleFileHref(schedule)}
      download
      data-testid="schedule-ics"
      title={t("addToCalendarHint")}
      className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1 text-sm font-medium text-brand-700 transition hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <CalendarPlusIcon aria-hidden className="size-4 shrink-0" />
      {schedule.recurrence ? t("addSeriesToCalendar") : t("addToCalendar")}
    </a>
  );
}
