"use client";

import { GlobeIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { TimeZoneOptions } from "~/components/time-zone-options";
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
      <select
        id="calendar-time-zone"
        value={timeZone}
        onChange={(event) => void handleTimeZoneChange(event.target.value, timeZone, effects, { setTimeZone: onTimeZone })}
        className="w-full min-w-0 truncate rounded-lg border border-slate-300 bg-white py-1.5 pr-8 pl-2.5 text-sm text-slate-800 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100 sm:w-52"
      >
        <TimeZoneOptions current={timeZone} />
      </select>
    </div>
  );
}
