"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ImportSummary } from "./types";

/** What the file will import: the counts, the dates, the half-hour rule and what changes or is left out. */
export function ImportPreviewPanel({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  const t = useTranslations("calendarImport");
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const { changes } = summary;
  return (
    <section aria-label={t("previewTitle", { file: fileName })} data-testid="import-preview" className="space-y-4">
      <h3 className="text-sm font-semibold break-all text-slate-900">{t("previewTitle", { file: fileName })}</h3>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
        <Stat label={t("schedulesLabel")} value={format.number(summary.schedules)} testId="import-count" />
        <Stat label={t("repeatingLabel")} value={format.number(summary.repeating)} testId="import-repeating" />
        <Stat label={t("allDayLabel")} value={format.number(summary.allDay)} testId="import-all-day" />
        <Stat label={t("multiDayLabel")} value={format.number(summary.multiDay)} />
        <div className="col-span-2 sm:col-span-4">
          <dt className="text-xs font-medium text-slate-500">{t("rangeLabel")}</dt>
          <dd data-testid="import-range" className="mt-0.5 text-sm text-slate-900">
            {summary.firstDate && summary.lastDate ? t("range", { first: day(summary.firstDate), last: day(summary.lastDate) }) : t("noRange")}
            {summary.endless > 0 && <span className="text-slate-600"> · {t("endless", { count: summary.endless })}</span>}
          </dd>
        </div>
      </dl>
      {(summary.movedOccurrences > 0 || summary.deletedOccurrences > 0) && (
        <p className="text-sm text-slate-700">{t("occurrences", { moved: summary.movedOccurrences, deleted: summary.deletedOccurrences })}</p>
      )}
      {changes.update + changes.unchanged > 0 && (
        <p data-testid="import-changes" className="text-sm text-slate-700">
          {t("alreadyImported", { new: changes.new, update: changes.update, unchanged: changes.unchanged })}
        </p>
      )}

      <Note title={t("gridTitle")} testId="import-grid">
        <p>{t("gridRule")}</p>
        {summary.offGrid.count === 0 ? (
          <p className="mt-1">{t("gridNone")}</p>
        ) : (
          <>
            <p className="mt-1 font-medium">{t("gridCount", { count: summary.offGrid.count })}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {summary.offGrid.examples.map((example, index) => (
                <li key={index}>{t("gridExample", { title: example.title, date: day(example.date), before: example.before, after: example.after })}</li>
              ))}
            </ul>
          </>
        )}
      </Note>

      {summary.expanded.events > 0 && (
        <Note title={t("expandedTitle")}>
          <p>{t("expandedBody", { events: summary.expanded.events, occurrences: summary.expanded.occurrences })}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {summary.expanded.examples.map((example, index) => (
              <li key={index}>
                {example.from && example.until
                  ? t("expandedWindow", { title: example.title, count: example.occurrences, from: day(example.from), until: day(example.until) })
                  : t("expandedExample", { title: example.title, count: example.occurrences })}
              </li>
            ))}
          </ul>
        </Note>
      )}

      {(summary.shortened.titles > 0 || summary.shortened.memos > 0 || summary.remindersDropped > 0 || summary.otherComponents > 0) && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {summary.shortened.titles > 0 && <li>{t("shortenedTitles", { count: summary.shortened.titles })}</li>}
          {summary.shortened.memos > 0 && <li>{t("shortenedMemos", { count: summary.shortened.memos })}</li>}
          {summary.remindersDropped > 0 && <li>{t("remindersDropped", { count: summary.remindersDropped })}</li>}
          {summary.otherComponents > 0 && <li>{t("otherComponents", { count: summary.otherComponents })}</li>}
        </ul>
      )}

      {summary.skipped.count > 0 && (
        <Note title={t("skippedTitle", { count: summary.skipped.count })} tone="warning" testId="import-skipped">
          <ul className="list-disc space-y-0.5 pl-5">
            {summary.skipped.listed.map((note, index) => (
              <li key={index}>
                {note.date
                  ? t("skippedItemDated", { title: note.title, date: day(note.date), reason: t(`skip.${note.reason}`) })
                  : t("skippedItem", { title: note.title, reason: t(`skip.${note.reason}`) })}
              </li>
            ))}
          </ul>
          {summary.skipped.count > summary.skipped.listed.length && <p className="mt-1">{t("skippedMore", { count: summary.skipped.count - summary.skipped.listed.length })}</p>}
        </Note>
      )}
      <p className="text-xs text-slate-500">{t("keepNote")}</p>
    </section>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd data-testid={testId} className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums">
        {value}
      </dd>
    </div>
  );
}

function Note({ title, tone = "info", testId, children }: { title: string; tone?: "info" | "warning"; testId?: string; children: ReactNode }) {
  const colours = tone === "warning" ? "border-amber-200 bg-amber-50 text-amber-900" : "border-brand-100 bg-brand-50 text-brand-800";
  return (
    <div role="group" aria-label={title} data-testid={testId} className={`rounded-xl border px-4 py-3 text-sm ${colours}`}>
      <p className="font-semibold">{title}</p>
      <div className="mt-1">{children}</div>
    </div>
  );
}
