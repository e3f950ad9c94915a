"use client";

import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useId, useRef, useState } from "react";
import { THEMES, isTheme, type Theme } from "@planner/domain";
import { useDismiss } from "~/components/use-dismiss";
import { toastNotices } from "~/kit/toast-notices";
import { useHydrated } from "~/kit/use-hydrated";
import { handleThemeChange, type ThemeEffects } from "./events";
import { MonitorIcon, MoonIcon, SunIcon } from "./theme-icons";

// No tRPC here: the log-in page shows the theme menu without an API client.
// Logged in, the account's setting is saved through account-theme-switch.tsx.

const ICONS: Record<Theme, typeof SunIcon> = { light: SunIcon, dark: MoonIcon, system: MonitorIcon };


/**
 * The theme shown and a way to change it, saved to the account as well.
 * next-themes knows the stored theme only in the browser: until then (the
 * server's render and hydration) it is null and no button is pressed.
 */
function useThemeChoice(saveToAccount: ThemeEffects["saveToAccount"]) {
  const { theme, setTheme } = useTheme();
  const hydrated = useHydrated();
  const current: Theme | null = hydrated && isTheme(theme) ? theme : null;
  const effects: ThemeEffects = { saveToAccount, apply: setTheme, notices: toastNotices };
  const choose = (next: Theme) => void handleThemeChange(next, current ?? "system", effects);
  return { current, choose };
}

/** Settings → Appearance: the three themes, each with its name (`saveToAccount` from account-theme-switch.tsx). */
export function ThemeButtons({ saveToAccount }: { saveToAccount: ThemeEffects["saveToAccount"] }) {
  const t = useTranslations("theme");
  const { current, choose } = useThemeChoice(saveToAccount);
  return (
    <div role="group" aria-label={t("label")} data-testid="account-theme" className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 text-sm">
      {THEMES.map((theme) => {
        const Icon = ICONS[theme];
        return (
          <button
            key={theme}
            type="button"
            aria-pressed={current === theme}
            onClick={() => choose(theme)}
            className={`inline-flex min-h-8 items-center gap-1.5 rounded-md px-3 py-1 font-medium transition ${current === theme ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
          >
            <Icon aria-hidden className="size-4" />
            {t(theme)}
          </button>
        );
      })}
    </div>
  );
}

/**
 * The header's theme button: its icon is the theme shown; it opens the three
 * choices. Before log-in (no `saveToAccount`) only this browser keeps the choice.
 */
export function ThemeMenu({ saveToAccount }: { saveToAccount?: ThemeEffects["saveToAccount"] }) {
  const t = useTranslations("theme");
  const { current, choose } = useThemeChoice(saveToAccount);
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const Icon = ICONS[current ?? "system"];

  useDismiss(container, open, (reason) => {
    setOpen(false);
    if (reason === "escape") trigger.current?.focus();
  });

  return (
    <div ref={container} className="relative">
      <button
        ref={trigger}
        type="button"
        data-testid="theme-menu"
        aria-label={current ? t("menuLabel", { theme: t(current) }) : t("label")}
        title={t("label")}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className={`grid size-9 place-items-center rounded-lg transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
          open ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        }`}
      >
        <Icon aria-hidden className="size-5" />
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label={t("label")}
          className="absolute right-0 z-30 mt-2 w-44 rounded-xl border border-slate-200 bg-white p-1 shadow-lg ring-1 ring-slate-900/5"
        >
          {THEMES.map((theme) => {
            const ChoiceIcon = ICONS[theme];
            return (
              <button
                key={theme}
                type="button"
                aria-pressed={current === theme}
                onClick={() => {
                  choose(theme);
                  setOpen(false);
                  trigger.current?.focus();
                }}
                className={`flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm font-medium transition ${
                  current === theme ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                <ChoiceIcon aria-hidden className="size-4" />
                {t(theme)}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
