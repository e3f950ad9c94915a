import type { Locale } from "@planner/domain";
import { formatter, middayOf, shiftDate } from "~/features/schedule/zoned-time";
import { tr } from "~/i18n/translator";
import type { QuickAddPreview } from "./quick-add-events";

// What quick add understood, in words: the chips under the field and the one
// sentence a screen reader hears ("Due tomorrow 15:00 · P1 · #home · @phone").

export type QuickAddChip =
  | { kind: "due"; text: string }
  | { kind: "priority"; text: string; level: 1 | 2 | 3 | 4 }
  | { kind: "project"; text: string; isNew: boolean }
  | { kind: "label"; text: string; isNew: boolean };

/** "today", "tomorrow", "yesterday" near today; else "Mon, Dec 7" / "12월 7일 (월)", with the year when it is another. */
export function quickAddDay(date: string, today: string, locale: Locale): string {
  if (date === today) return tr("todos.quickAdd.today");
  if (date === shiftDate(today, "days", 1)) return tr("todos.quickAdd.tomorrow");
  if (date === shiftDate(today, "days", -1)) return tr("todos.quickAdd.yesterday");
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return formatter(locale, "UTC", { weekday: "short", month: "short", day: "numeric", ...(sameYear ? {} : { year: "numeric" }) }).format(
    middayOf(date, "UTC"),
  );
}

/** One chip per thing understood, in the order the summary says them. */
export function quickAddChips(preview: QuickAddPreview, today: string, locale: Locale): QuickAddChip[] {
  const chips: QuickAddChip[] = [];
  if (preview.dueOn) {
    const day = quickAddDay(preview.dueOn, today, locale);
    chips.push({ kind: "due", text: preview.dueTime ? tr("todos.quickAdd.dayAndTime", { day, time: preview.dueTime }) : day });
  }
  if (preview.priority) chips.push({ kind: "priority", level: preview.priority, text: tr("todos.quickAdd.priority", { level: preview.priority }) });
  if (preview.projectName !== undefined) chips.push({ kind: "project", text: `#${preview.projectName}`, isNew: preview.newProjectName !== undefined });
  for (const name of preview.labelNames) {
    chips.push({ kind: "label", text: `@${name}`, isNew: preview.newLabelNames.includes(name) });
  }
  return chips;
}

/** The sentence for screen readers; empty when nothing was understood. */
export function quickAddSummary(chips: readonly QuickAddChip[]): string {
  return chips
    .map((chip) => {
      switch (chip.kind) {
        case "due":
          return tr("todos.quickAdd.due", { when: chip.text });
        case "priority":
          return chip.text;
        case "project":
          return chip.isNew ? tr("todos.quickAdd.newProject", { name: chip.text }) : chip.text;
        case "label":
          return chip.isNew ? tr("todos.quickAdd.newLabel", { name: chip.text }) : chip.text;
      }
    })
    .join(" · ");
}
