import { useId } from "react";
import { useTranslations } from "next-intl";
import type { Schedule } from "./types";
import { toneOf } from "./owner-tones";

/** The todos' entry of the legend, on the viewer's own calendar: a swatch while shown, and the switch. */
type TodoLegend = { show: boolean; onShowChange: (show: boolean) => void };

/** Whose calendars are on screen, each in its colour; shared ones marked read-only; the viewer's todos, which may be hidden. */
export function CalendarLegend({ schedules, ownerId, ownLabel, todos }: { schedules: Schedule[]; ownerId: string; ownLabel: string; todos: TodoLegend | null }) {
  const t = useTranslations("schedule");
  const switchId = useId();
  const shared = new Map<string, Schedule["owner"]>();
  for (const schedule of schedules) if (schedule.ownerId !== ownerId) shared.set(schedule.ownerId, schedule.owner);
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
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
        {todos?.show && (
          <li className="flex items-center gap-2" data-testid="legend-todos">
            <span aria-hidden className="todo-swatch" />
            {t("legendTodos")}
          </li>
        )}
      </ul>
      {todos && (
        // At least 24 px to tap (WCAG 2.5.8); on phones the box itself is, as every control there.
        <label htmlFor={switchId} className="inline-flex min-h-6 cursor-pointer items-center gap-2 text-sm text-slate-700">
          <input
            id={switchId}
            type="checkbox"
            checked={todos.show}
            onChange={(event) => todos.onShowChange(event.target.checked)}
            className="size-6 rounded border-slate-300 accent-brand-600 sm:size-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          />
          {t("showTodos")}
        </label>
      )}
    </div>
  );
}
