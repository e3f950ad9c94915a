"use client";

import { useLocale, useTranslations } from "next-intl";
import { WEEK_START_DAYS, weekStartFor, type WeekStartDay } from "@planner/domain";
import { SelectField } from "~/components/select-field";
import { AccountThemeSwitch } from "~/features/theme/account-theme-switch";
import { handleWeekStartChange, type SettingsEffects } from "./events";

const DAY_OF_NUMBER: Record<number, WeekStartDay> = { 0: "sunday", 1: "monday", 6: "saturday" };

/** Settings → Appearance: the theme, and the day the calendar's weeks start on. */
export function AppearanceSection({ weekStart, effects }: { weekStart: WeekStartDay | null; effects: SettingsEffects }) {
  const t = useTranslations();
  const locale = useLocale();
  const languageDay = DAY_OF_NUMBER[weekStartFor(locale, null)] ?? "monday";
  return (
    <div className="space-y-5">
      <div className="space-y-1.5">
        <p className="text-sm font-medium text-slate-700">
          {t("theme.label")}
        </p>
        <AccountThemeSwitch />
      </div>
      <div className="max-w-xs">
        <SelectField
          name="weekStart"
          label={t("settings.weekStart")}
          hint={t("settings.weekStartHint")}
          value={weekStart ?? ""}
          onChange={(event) => {
            const value = event.target.value;
            void handleWeekStartChange(WEEK_START_DAYS.find((day) => day === value) ?? null, effects);
          }}
        >
          <option value="">{t("settings.weekStartDefault", { day: t(`settings.${languageDay}`) })}</option>
          {WEEK_START_DAYS.map((day) => (
            <option key={day} value={day}>
              {t(`settings.${day}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}
