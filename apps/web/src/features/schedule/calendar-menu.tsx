"use client";

import { ChevronDownIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ReactNode } from "react";
import { useDismiss } from "~/components/use-dismiss";
import type { CalendarView } from "./calendar-state";

type CalendarMenuProps = {
  view: CalendarView;
  /** Today, the views, the filters, the zone: links and fields that close the menu when used (`close`). */
  children: (close: () => void) => ReactNode;
};

/**
 * The phone's one button for what the desktop toolbar lays out in two rows:
 * it names the view shown ("Day ▾") and opens a panel below it. Escape, a tap
 * outside or Tab out of it closes it; Escape gives focus back to the button.
 */
export function CalendarMenu({ view, children }: CalendarMenuProps) {
  const t = useTranslations("schedule");
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  useDismiss(container, open, (reason) => {
    setOpen(false);
    if (reason === "escape") trigger.current?.focus();
  });

  return (
    <div ref={container} className="relative shrink-0">
      <button
        ref={trigger}
        type="button"
        data-testid="calendar-menu"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className={`flex h-9 items-center gap-1 rounded-lg border px-2.5 text-sm font-medium shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
          open ? "border-brand-200 bg-brand-50 text-brand-700" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
        }`}
      >
        {t(`view${view}`)}
        <span className="sr-only">{t("menuSr")}</span>
        <ChevronDownIcon aria-hidden className={`size-4 transition ${open ? "rotate-180" : ""}`} />
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label={t("menuLabel")}
          data-testid="calendar-menu-panel"
          className="absolute right-0 z-30 mt-2 w-[min(18rem,calc(100vw-2rem))] space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-lg ring-1 ring-slate-900/5"
        >
          {children(close)}
        </div>
      )}
    </div>
  );
}
