"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { WeekStart } from "@planner/domain";
import { SelectField } from "~/components/select-field";
import { recurrenceInWords, type RepeatTranslate } from "./recurrence-words";
import { REPEAT_FREQUENCIES, monthlyChoices, recurrenceOfDraft, toggleWeekday, weekdayPlaceOf, weekdaysFrom, weeklyDaysOf, type RepeatDraft, type RepeatEndKind, type RepeatFrequency, type MonthlyBy } from "./repeat-draft";

type RepeatFieldProps = {
  value: RepeatDraft;
  onChange: (draft: RepeatDraft) => void;
  /** The schedule's first day, which monthly and yearly rules follow. */
  start: string;
  timeZone: string;
  /** The day the viewer's weeks start on (0 = Sunday): the order of the weekly rule's days. */
  weekStart: WeekStart;
  error?: string;
};

const INPUT = "rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-slate-900 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100";
const END_KINDS: readonly RepeatEndKind[] = ["never", "until", "count"];
const END_LABELS = { never: "endsNever", until: "endsUntil", count: "endsCount" } as const;

/** The dialog's Repeat control: how often, on which days, until when; the rule in words below it. */
export function RepeatField({ value, onChange, start, timeZone, weekStart, error }: RepeatFieldProps) {
  const t = useTranslations("schedule.repeat");
  const locale = useLocale();
  const id = useId();
  const set = (changes: Partial<RepeatDraft>) => onChange({ ...value, ...changes });
  const rule = recurrenceOfDraft(value, start);
  const words = rule ? recurrenceInWords(rule, start, timeZone, locale, t as unknown as RepeatTranslate) : null;
  const place = weekdayPlaceOf(start);
  const describedBy = error ? "recurrence-error" : words ? `${id}-words` : undefined;
  const monthlyLabel = (by: MonthlyBy) =>
    by === "day"
      ? t("monthlyDay", { day: Number(start.slice(8, 10)) })
      : by === "nth"
        ? t("monthlyNth", { nth: place.nth, weekday: t(`weekdayLong.${place.weekday}`) })
        : t("monthlyLast", { weekday: t(`weekdayLong.${place.weekday}`) });
  const interval = Number(value.interval) || 1;

  return (
    <div className="space-y-3" data-testid="repeat-field">
      <SelectField name="recurrence" label={t("label")} value={value.freq} onChange={(event) => set({ freq: event.target.value as RepeatFrequency })} aria-describedby={describedBy}>
        {REPEAT_FREQUENCIES.map((freq) => (
          <option key={freq} value={freq}>
            {t(freq)}
          </option>
        ))}
      </SelectField>
      {value.freq !== "NONE" && (
        <div className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <label htmlFor={`${id}-interval`} className="font-medium text-slate-700">
              {t("every")}
            </label>
            <input
              id={`${id}-interval`}
              type="number"
              inputMode="numeric"
              min={1}
              max={99}
              value={value.interval}
              onChange={(event) => set({ interval: event.target.value })}
              aria-invalid={error && value.interval !== String(interval) ? true : undefined}
              aria-describedby={describedBy}
              className={`${INPUT} w-20`}
            />
            <span className="text-slate-700">{t(`unit${value.freq}`, { count: interval })}</span>
          </div>
          {value.freq === "WEEKLY" && (
            <fieldset>
              <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("onDays")}</legend>
              <div className="flex flex-wrap gap-1.5">
                {weekdaysFrom(weekStart).map((day) => {
                  const on = weeklyDaysOf(value, start).includes(day);
                  return (
                    <button
                      key={day}
                      type="button"
                      aria-pressed={on}
                      aria-label={t(`weekdayLong.${day}`)}
                      onClick={() => onChange(toggleWeekday(value, day, start))}
                      className={`min-h-9 min-w-11 rounded-full border px-2.5 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                        on ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
                      }`}
                    >
                      {t(`weekdayShort.${day}`)}
                    </button>
                  );
                })}
              </div>
            </fieldset>
          )}
          {value.freq === "MONTHLY" && (
            <SelectField
              name={`${id}-monthly`}
              label={t("monthlyBy")}
              value={monthlyChoices(start).includes(value.monthlyBy) ? value.monthlyBy : "day"}
              onChange={(event) => set({ monthlyBy: event.target.value as MonthlyBy })}
            >
              {monthlyChoices(start).map((by) => (
                <option key={by} value={by}>
                  {monthlyLabel(by)}
                </option>
              ))}
            </SelectField>
          )}
          <fieldset className="space-y-1.5">
            <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("ends")}</legend>
            {END_KINDS.map((kind) => (
              <div key={kind} className="flex min-h-9 flex-wrap items-center gap-2 text-sm">
                <label className="flex cursor-pointer items-center gap-2 text-slate-800">
                  <input type="radio" name={`${id}-end`} value={kind} checked={value.end === kind} onChange={() => set({ end: kind })} className="size-4 accent-brand-600" />
                  {t(END_LABELS[kind])}
                </label>
                {kind === "until" && value.end === "until" && (
                  <input
                    type="date"
                    aria-label={t("untilDate")}
                    min={start}
                    value={value.untilDate}
                    onChange={(event) => set({ untilDate: event.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy}
                    className={INPUT}
                  />
                )}
                {kind === "count" && value.end === "count" && (
                  <span className="flex items-center gap-2">
                    <input
                      type="number"
                      inputMode="numeric"
                      aria-label={t("count")}
                      min={1}
                      max={1000}
                      value={value.count}
                      onChange={(event) => set({ count: event.target.value })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={describedBy}
                      className={`${INPUT} w-20`}
                    />
                    <span className="text-slate-700">{t("countUnit", { count: Number(value.count) || 0 })}</span>
                  </span>
                )}
              </div>
            ))}
          </fieldset>
          {words && !error && (
            <p id={`${id}-words`} data-testid="repeat-words" aria-live="polite" className="text-sm font-medium text-brand-700">
              {words}
            </p>
          )}
        </div>
      )}
      {error && (
        <p id="recurrence-error" role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
