"use client";

import { CopyIcon, TriangleAlertIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { Button } from "~/components/button";
import { handleCalendarFeedCopy, type CalendarFeedEffects } from "./events";

/** The address just made, shown this once: the server keeps only its hash. */
export function NewFeedAddress({ address, effects, onDone }: { address: string; effects: CalendarFeedEffects; onDone: () => void }) {
  const t = useTranslations("calendarFeed");
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const fieldId = useId();
  // Into view (and to screen readers) the moment it appears.
  useEffect(() => panel.current?.focus(), []);

  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="region"
      aria-labelledby={titleId}
      data-testid="calendar-feed-new"
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-3 outline-none focus-visible:ring-2 focus-visible:ring-brand-600 sm:p-4"
    >
      <div className="flex gap-2 text-amber-800">
        <TriangleAlertIcon aria-hidden className="mt-0.5 size-5 shrink-0" />
        <div className="min-w-0 text-sm">
          <p id={titleId} className="font-semibold">
            {t("newTitle")}
          </p>
          <p>{t("newNote")}</p>
        </div>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor={fieldId} className="sr-only">
          {t("addressLabel")}
        </label>
        {/* A textarea: the whole address wraps into view instead of scrolling out of it (its height fits it where browsers can). */}
        <textarea
          id={fieldId}
          readOnly
          rows={3}
          value={address}
          data-testid="calendar-feed-address"
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          className="block field-sizing-content w-full min-w-0 flex-1 resize-none rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 shadow-sm outline-none focus:ring-2 focus:ring-brand-600"
        />
        <Button variant="secondary" onClick={() => void handleCalendarFeedCopy(address, effects)}>
          <CopyIcon aria-hidden className="size-4" />
          {t("copy")}
        </Button>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-amber-800">{t("newUse")}</p>
        <Button onClick={onDone}>{t("done")}</Button>
      </div>
    </div>
  );
}
