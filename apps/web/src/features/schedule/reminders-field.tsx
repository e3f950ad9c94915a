"use client";

import { BellIcon, XIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { MAX_REMINDER_MINUTES, MAX_REMINDERS } from "@planner/domain";
import { addReminder, presetsLeft, removeReminder } from "./reminder-choices";
import { reminderLabel, type ReminderTranslate } from "./reminder-labels";

type RemindersFieldProps = {
  /** Minutes before the start; null: the owner's defaults. */
  value: number[] | null;
  onChange: (reminders: number[] | null) => void;
  allDay: boolean;
  /** A new schedule may go back to the defaults. */
  canUseDefaults: boolean;
  error?: string;
  /** A todo's reminders count back from its due time, not a start. */
  wording?: "schedule" | "todo";
};

const CUSTOM = "custom";
const CONTROL = "rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100";

/** The chosen reminders as chips, and a menu of the presets (or a custom number of minutes) to add one. */
export function RemindersField({ value, onChange, allDay, canUseDefaults, error, wording = "schedule" }: RemindersFieldProps) {
  const scheduleWords = useTranslations("schedule.reminders");
  const todoWords = useTranslations("todos.details");
  const t = ((key: string, values?: Record<string, string | number>) =>
    wording === "todo" && key === "atStart"
      ? todoWords("atDue")
      : wording === "todo" && key === "customMinutes"
        ? todoWords("customMinutes")
        : (scheduleWords as unknown as ReminderTranslate)(key, values)) as ReminderTranslate;
  const locale = useLocale();
  const id = useId();
  const label = (minutes: number) => reminderLabel(minutes, allDay, locale, t);
  const [custom, setCustom] = useState<string | null>(null);
  const [problem, setProblem] = useState<string>();
  const full = (value?.length ?? 0) >= MAX_REMINDERS;
  const shownError = error ?? problem;

  const add = (minutes: number) => {
    const choice = addReminder(value, minutes, allDay);
    if (!choice.ok) {
      setProblem(choice.problem === "full" ? t("full", { max: MAX_REMINDERS }) : choice.problem === "duplicate" ? t("duplicate") : t("customInvalid", { max: MAX_REMINDER_MINUTES }));
      return false;
    }
    setProblem(undefined);
    onChange(choice.reminders);
    return true;
  };

  return (
    <fieldset className="space-y-2" data-testid="reminders-field" aria-describedby={shownError ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-700">{t("label")}</legend>
      {value === null ? (
        <p className="flex items-center gap-1.5 text-sm text-slate-600" data-testid="reminders-default">
          <BellIcon className="size-4" aria-hidden />
          {t("defaults")}
        </p>
      ) : value.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("label")}>
          {value.map((minutes) => (
            <li key={minutes} className="inline-flex items-center gap-1 rounded-full border border-brand-200 bg-brand-50 py-0.5 pr-0.5 pl-3 text-sm text-brand-800">
              <BellIcon className="size-3.5" aria-hidden />
              {label(minutes)}
              <button
                type="button"
                aria-label={t("remove", { label: label(minutes) })}
                title={t("remove", { label: label(minutes) })}
                onClick={() => onChange(removeReminder(value, minutes))}
                className="grid size-7 place-items-center rounded-full text-brand-700 transition hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600"
              >
                <XIcon className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-add`} className="sr-only">
          {t("add")}
        </label>
        <select
          id={`${id}-add`}
          value=""
          disabled={full}
          onChange={(event) => {
            const choice = event.target.value;
            if (choice === CUSTOM) setCustom("");
            else if (choice) add(Number(choice));
          }}
          className={`${CONTROL} py-2 pr-8 disabled:opacity-60`}
        >
          <option value="">{t("add")}</option>
          {presetsLeft(value, allDay).map((minutes) => (
            <option key={minutes} value={minutes}>
              {label(minutes)}
            </option>
          ))}
          {!allDay && <option value={CUSTOM}>{t("custom")}</option>}
        </select>
        {canUseDefaults && value !== null && (
          <button
            type="button"
            onClick={() => {
              setProblem(undefined);
              onChange(null);
            }}
            className="rounded-lg px-2.5 py-2 text-sm font-medium text-brand-700 transition hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {t("useDefaults")}
          </button>
        )}
      </div>
      {custom !== null && !allDay && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-custom`} className="text-sm text-slate-700">
            {t("customMinutes")}
          </label>
          <input
            id={`${id}-custom`}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_REMINDER_MINUTES}
            value={custom}
            autoFocus
            onChange={(event) => setCustom(event.target.value)}
            onKeyDown={(event) => {
              // Enter adds this reminder rather than sending the whole form.
              if (event.key === "Enter") {
                event.preventDefault();
                if (add(Number(custom === "" ? Number.NaN : custom))) setCustom(null);
              }
            }}
            className={`${CONTROL} w-24`}
          />
          <button
            type="button"
            onClick={() => {
              if (add(Number(custom === "" ? Number.NaN : custom))) setCustom(null);
            }}
            className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {t("addCustom")}
          </button>
        </div>
      )}
      {full && <p className="text-xs text-slate-500">{t("full", { max: MAX_REMINDERS })}</p>}
      {shownError && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
          {shownError}
        </p>
      )}
    </fieldset>
  );
}
