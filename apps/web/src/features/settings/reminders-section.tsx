"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { XIcon } from "lucide-react";
import { ALL_DAY_REMINDER_PRESETS, MAX_REMINDERS, REMINDER_PRESETS, localeOf, type Locale } from "@planner/domain";
import { Button } from "~/components/button";
import { Field } from "~/components/field";
import {
  handleCustomReminderSubmit,
  handleReminderDefaultToggle,
  type CustomReminderForm,
  type ReminderDefaults,
  type ReminderDefaultsUi,
  type ReminderKind,
  type SettingsEffects,
} from "./events";
import { allDayReminderLabel, timedReminderLabel } from "./reminder-labels";
import { useHydrated } from "~/kit/use-hydrated";

type Labeler = (minutes: number, locale: Locale, t: (key: string, values?: Record<string, string | number>) => string) => string;

const KINDS: { kind: ReminderKind; title: "timedReminders" | "allDayReminders"; presets: readonly number[]; label: Labeler }[] = [
  { kind: "timed", title: "timedReminders", presets: REMINDER_PRESETS, label: timedReminderLabel },
  { kind: "allDay", title: "allDayReminders", presets: ALL_DAY_REMINDER_PRESETS, label: allDayReminderLabel },
];

/** Settings → Reminders: the reminders new timed and all-day schedules get, from the presets or of one's own. */
export function RemindersSection({ initial, effects }: { initial: ReminderDefaults; effects: SettingsEffects }) {
  const t = useTranslations("settings");
  const [defaults, setDefaults] = useState(initial);
  const ui: ReminderDefaultsUi = { show: setDefaults };
  return (
    <div className="space-y-6">
      <p className="text-xs text-slate-500">{t("remindersAtMostHint", { max: MAX_REMINDERS })}</p>
      {KINDS.map((group) => (
        <ReminderGroup key={group.kind} {...group} defaults={defaults} effects={effects} ui={ui} />
      ))}
    </div>
  );
}

type GroupProps = (typeof KINDS)[number] & { defaults: ReminderDefaults; effects: SettingsEffects; ui: ReminderDefaultsUi };

function ReminderGroup({ kind, title, presets, label, defaults, effects, ui }: GroupProps) {
  const t = useTranslations("settings");
  const locale = localeOf(useLocale()) ?? "en";
  const chosen = defaults[kind];
  const full = chosen.length >= MAX_REMINDERS;
  // A box ticked before the page's script runs would show a choice nobody saved.
  const hydrated = useHydrated();
  const custom = chosen.filter((minutes) => !presets.includes(minutes));
  const name = (minutes: number) => label(minutes, locale, (key, values) => t(key as Parameters<typeof t>[0], values));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-800">{t(title)}</legend>
      <div className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
        {presets.map((minutes) => {
          const id = `reminder-${kind}-${minutes}`;
          const checked = chosen.includes(minutes);
          return (
            <label key={minutes} htmlFor={id} className={`flex min-h-9 items-center gap-3 rounded-lg px-2 text-sm ${!checked && full ? "text-slate-400" : "cursor-pointer text-slate-700 hover:bg-slate-50"}`}>
              <input
                id={id}
                type="checkbox"
                checked={checked}
                disabled={!hydrated || (!checked && full)}
                onChange={() => void handleReminderDefaultToggle(kind, minutes, defaults, effects, ui)}
                className="size-5 shrink-0 cursor-pointer accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed"
              />
              {name(minutes)}
            </label>
          );
        })}
      </div>
      {custom.length > 0 && (
        <ul aria-label={t("reminderCustomChosen")} className="flex flex-wrap gap-2">
          {custom.map((minutes) => (
            <li key={minutes} className="inline-flex items-center gap-1 rounded-full border border-brand-200 bg-brand-50 py-0.5 pr-1 pl-3 text-sm text-brand-800">
              {name(minutes)}
              <button
                type="button"
                aria-label={t("removeReminder", { label: name(minutes) })}
                onClick={() => void handleReminderDefaultToggle(kind, minutes, defaults, effects, ui)}
                className="inline-flex size-7 items-center justify-center rounded-full hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <XIcon aria-hidden className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length === 0 && <p className="text-sm text-slate-500">{t("noReminders")}</p>}
      <CustomReminder kind={kind} defaults={defaults} effects={effects} ui={ui} />
    </fieldset>
  );
}

type Errors = Partial<Record<"minutes" | "days" | "time", string>>;

function CustomReminder({ kind, defaults, effects, ui }: { kind: ReminderKind; defaults: ReminderDefaults; effects: SettingsEffects; ui: ReminderDefaultsUi }) {
  const t = useTranslations("settings");
  const [minutes, setMinutes] = useState("");
  const [days, setDays] = useState("1");
  const [time, setTime] = useState("18:00");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    const form: CustomReminderForm = kind === "timed" ? { kind, minutes } : { kind, days, time };
    setPending(true);
    await handleCustomReminderSubmit(form, defaults, effects, {
      ...ui,
      setFieldError: (field, message) => setErrors((shown) => ({ ...shown, [field]: message })),
      setFormError: (message) => effects.notices.error(message),
      clear: () => setMinutes(""),
    });
    setPending(false);
  }

  return (
    // A form of its own inside the fieldset's group, so Enter in its field adds.
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t("customReminder", { group: t(kind === "timed" ? "timedReminders" : "allDayReminders") })} className="flex flex-wrap items-start gap-3">
      {kind === "timed" ? (
        <div className="w-40">
          <Field id={`custom-${kind}-minutes`} name="minutes" label={t("customMinutes")} inputMode="numeric" value={minutes} error={errors.minutes} onChange={(event) => setMinutes(event.target.value)} />
        </div>
      ) : (
        <>
          <div className="w-28">
            <Field id={`custom-${kind}-days`} name="days" label={t("customDays")} inputMode="numeric" value={days} error={errors.days} onChange={(event) => setDays(event.target.value)} />
          </div>
          <div className="w-36">
            <Field id={`custom-${kind}-time`} name="time" type="time" label={t("customTime")} value={time} error={errors.time} onChange={(event) => setTime(event.target.value)} />
          </div>
        </>
      )}
      <Button type="submit" variant="secondary" pending={pending} className="mt-6">
        {t("addReminder")}
      </Button>
    </form>
  );
}
