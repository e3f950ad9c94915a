"use client";

import { CalendarIcon, FlagIcon, FolderIcon, TagIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { quickAddSummary, type QuickAddChip } from "./quick-add-summary";

// Under the new-todo field: what quick add understood, as chips, or a hint
// when it understood nothing. Screen readers hear one sentence instead (the
// field points at it with aria-describedby, and it is a polite live region).

const CHIP_STYLE: Record<QuickAddChip["kind"], string> = {
  due: "border-brand-100 bg-brand-50 text-brand-800",
  priority: "border-amber-200 bg-amber-50 text-amber-800",
  project: "border-emerald-200 bg-emerald-50 text-emerald-800",
  label: "border-cyan-200 bg-cyan-50 text-cyan-800",
};

const CHIP_ICON = { due: CalendarIcon, priority: FlagIcon, project: FolderIcon, label: TagIcon } as const;

type QuickAddPreviewProps = { chips: readonly QuickAddChip[]; summaryId: string; hintId: string };

export function QuickAddPreview({ chips, summaryId, hintId }: QuickAddPreviewProps) {
  const t = useTranslations("todos.quickAdd");
  const createsNames = chips.some((chip) => (chip.kind === "project" || chip.kind === "label") && chip.isNew);
  return (
    <div className="mt-2 min-h-6 text-xs">
      <p id={summaryId} className="sr-only" aria-live="polite">
        {chips.length > 0 && `${t("understood")}: ${quickAddSummary(chips)}`}
        {createsNames && ` ${t("createsNames")}`}
      </p>
      {chips.length === 0 ? (
        <p id={hintId} className="text-slate-500">
          {t("hint")}
        </p>
      ) : (
        <div aria-hidden className="flex flex-wrap items-center gap-1.5" data-testid="quick-add-chips">
          {chips.map((chip) => {
            const Icon = CHIP_ICON[chip.kind];
            const isNew = (chip.kind === "project" || chip.kind === "label") && chip.isNew;
            return (
              <span key={`${chip.kind}-${chip.text}`} data-kind={chip.kind} className={`inline-flex max-w-56 items-center gap-1 rounded-full border px-2 py-0.5 ${CHIP_STYLE[chip.kind]}`}>
                <Icon className="size-3.5 shrink-0" />
                <span className="truncate">{chip.text}</span>
                {isNew && <span className="rounded-full bg-white px-1.5 text-[0.6875rem] font-semibold">{t("newBadge")}</span>}
              </span>
            );
          })}
          {createsNames && <span className="text-slate-600">{t("createsNames")}</span>}
        </div>
      )}
    </div>
  );
}
