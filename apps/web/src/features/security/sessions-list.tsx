"use client";

import { MonitorIcon, SmartphoneIcon, TabletIcon, TerminalIcon, type LucideIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorState } from "~/components/error-state";
import { RowSkeleton } from "~/components/row-skeleton";
import { absoluteTime, relativeTime } from "~/features/notifications/labels";
import type { Device, deviceOf } from "./device";
import { handleOtherSessionsEnd, handleSessionEnd } from "./events";
import { programOf } from "./program";
import { useSessions } from "./use-sessions";

const ICONS: Record<Device["kind"], LucideIcon> = { desktop: MonitorIcon, phone: SmartphoneIcon, tablet: TabletIcon };

/**
 * The user-agent parser (bowser, 8 kB gzipped, the heaviest part of Settings),
 * fetched after the page is up, alongside the sessions themselves: the list
 * shows its loading rows until both are there.
 */
function useDeviceParser() {
  const [parse, setParse] = useState<typeof deviceOf | null>(null);
  useEffect(() => {
    let current = true;
    void import("./device").then((module) => current && setParse(() => module.deviceOf));
    return () => {
      current = false;
    };
  }, []);
  return parse;
}

/** Settings → Security: where the account is logged in (browsers, and programs through the API), with a way to sign each out. */
export function SessionsList() {
  const t = useTranslations("security");
  const locale = useLocale();
  const { status, sessions, retry, effects } = useSessions();
  const deviceOf = useDeviceParser();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    await action();
    setBusy(null);
  };

  if (status === "error") return <ErrorState message={t("loadFailed")} onRetry={retry} />;
  if (status === "loading" || !deviceOf) {
    return <RowSkeleton label={t("loading")} leading="icon" />;
  }

  const now = Date.now();
  const others = sessions.filter((session) => !session.current);
  return (
    <div className="space-y-3">
      <ul aria-label={t("sessions")} data-testid="sessions" className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {sessions.map((session) => {
          // A program's password-grant log-in is named by the program, not parsed as a browser.
          const api = session.kind === "API";
          const device = deviceOf(session.userAgent);
          const Icon = api ? TerminalIcon : ICONS[device.kind];
          const name = api ? t("apiSession", { program: programOf(session.userAgent) ?? t("unknownProgram") }) : deviceName(device, t);
          return (
            <li key={session.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2.5" data-testid="session" data-kind={session.kind}>
              <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-lg bg-slate-100 text-slate-600">
                <Icon className="size-5" />
              </span>
              <div className="min-w-0 flex-1 basis-48">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                  {name}
                  {session.current && (
                    <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-700 ring-1 ring-emerald-200">{t("thisDevice")}</span>
                  )}
                </p>
                <p className="text-xs text-slate-600">
                  {session.ip ? `${session.ip} · ` : ""}
                  {session.current ? (
                    t("activeNow")
                  ) : (
                    <time dateTime={session.lastActiveAt.toISOString()} title={absoluteTime(session.lastActiveAt, locale)}>
                      {t("lastActive", { when: relativeTime(session.lastActiveAt, now, locale, t("justNow")) })}
                    </time>
                  )}
                  {" · "}
                  {t("signedIn", { date: absoluteTime(session.createdAt, locale) })}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  disabled={busy !== null}
                  onClick={() => void run(session.id, () => handleSessionEnd(session.id, effects))}
                  aria-label={t("signOutDevice", { device: name })}
                  className="ml-12 shrink-0 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 transition hover:border-red-300 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60 sm:ml-0"
                >
                  {busy === session.id ? t("signingOut") : t("signOut")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-600">{others.length === 0 ? t("noOtherSessions") : t("otherSessions", { count: others.length })}</p>
        <button
          type="button"
          disabled={others.length === 0 || busy !== null}
          onClick={() => void run("others", () => handleOtherSessionsEnd(effects))}
          className="shrink-0 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {busy === "others" ? t("signingOut") : t("signOutEverywhereElse")}
        </button>
      </div>
    </div>
  );
}

function deviceName(device: Device, t: (key: "deviceOn" | "unknownDevice" | "browserOnly", values?: Record<string, string>) => string): string {
  if (device.browser && device.os) return t("deviceOn", { browser: device.browser, os: device.os });
  if (device.browser) return t("browserOnly", { browser: device.browser });
  return t("unknownDevice");
}
