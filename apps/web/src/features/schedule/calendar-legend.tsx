import { useTranslations } from "next-intl";
import type { Schedule } from "./types";
import { toneOf } from "./owner-tones";

/** Whose calendars are on screen, each in its colour; shared ones marked read-only. */
export function CalendarLegend({ schedules, ownerId, ownLabel }: { schedules: Schedule[]; ownerId: string; ownLabel: string }) {
  const t = useTranslations("schedule");
  const shared = new Map<string, Schedule["owner"]>();
  for (const schedule of schedules) if (schedule.ownerId !== ownerId) shared.set(schedule.ownerId, schedule.owner);
  return (
    <ul aria-label={t("legendLabel")} className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm text-slate-600">
      <li className="flex items-center gap-2">
        <span aria-hidden className="schedule-swatch schedule-tone-brand" />
        {ownLabel}
      </li>
      {[...shared.values()].map((owner) => (
        <li key={owner.id} className="flex items-center gap-2" data-testid="legend-shared">
          <span aria-hidden className={`schedule-swatch schedule-tone-${toneOf(owner.id, ownerId)}`} />
          {owner.name}
          <span className="text-xs text-slate-500">{t("sharedReadOnly")}</span>
        </li>
      ))}
    </ul>
  );
}
