"use client";

import { GlobeIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { TimeZonePicker } from "~/components/time-zone-picker/time-zone-picker";
import { handleTimeZoneChange } from "./events";
import { useTimeZoneEffects } from "./use-schedule-effects";

/** The account's time zone, which the calendar is drawn in; saved as soon as it is picked. */
export function TimeZoneField({ timeZone, onTimeZone }: { timeZone: string; onTimeZone: (timeZone: string) => void }) {
  const t = useTranslations("schedule");
  const effects = useTimeZoneEffects();
  return (
    <div className="flex min-w-0 flex-1 items-center gap-2 sm:flex-none">
      <label htmlFor="calendar-time-zone" className="flex shrink-0 items-center gap-1.5 text-sm font-medium text-slate-600">
        <GlobeIcon className="size-4 text-slate-400" />
        <span className="sr-only sm:not-sr-only">{t("timeZone")}</span>
      </label>
      <TimeZonePicker
        id="calendar-time-zone"
        value={timeZone}
        onChange={(zone) => void handleTimeZoneChange(zone, timeZone, effects, { setTimeZone: onTimeZone })}
        className="w-full min-w-0 sm:w-56"
      />
    </div>
  );
}
