"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Role } from "@planner/domain";
import { Logo } from "~/components/logo";
import { RoleBadge } from "~/components/role-badge";
import { handleLogoutClick } from "~/features/auth/events";
import { preloadSessionClient, sessionEffects } from "~/features/auth/session";
import { NotificationBell } from "~/features/notifications/notification-bell";
import { ShortcutsHelp } from "~/features/shortcuts/shortcuts-help";
import { AccountThemeMenu } from "~/features/theme/account-theme-switch";
import { toastNotices } from "~/kit/toast-notices";

type Account = { name: string; username: string; role: Role; timeZone?: string };

const NAV = [
  { href: "/calendar", label: "calendar", adminOnly: false },
  { href: "/schedules", label: "schedules", adminOnly: false },
  { href: "/todos", label: "todos", adminOnly: false },
  { href: "/settings", label: "settings", adminOnly: false },
  { href: "/admin", label: "admin", adminOnly: true },
] as const;

export function AppHeader({ account }: { account: Account }) {
  const t = useTranslations();
  const pathname = usePathname();
  const [loggingOut, setLoggingOut] = useState(false);
  const links = NAV.filter((item) => !item.adminOnly || account.role === "ADMIN");
  // What log-out loads (next-auth's client, the offline cache's rules), once the page has
  // drawn: between the server ending the session and this page leaving, nothing waits.
  useEffect(preloadSessionClient, []);

  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/calendar" aria-label={t("common.homeLink")}>
          <Logo />
        </Link>
        <nav aria-label={t("nav.main")} className="order-last -mx-1 flex w-full gap-1 overflow-x-auto px-1 sm:order-none sm:mx-0 sm:w-auto sm:px-0">
          {links.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`shrink-0 rounded-lg px-3 py-1.5 text-sm font-medium whitespace-nowrap transition ${
                  active ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                }`}
              >
                {t(`nav.${item.label}`)}
              </Link>
            );
          })}
        </nav>
        {/* min-w-0: at 320 px the name gives way (truncated) instead of pushing "Log out" off the screen. */}
        <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
          <div className="flex items-center gap-1">
            <ShortcutsHelp />
            <AccountThemeMenu />
            <NotificationBell timeZone={account.timeZone} />
          </div>
          <span className="max-w-[9rem] min-w-0 truncate text-sm font-medium text-slate-700 sm:max-w-xs" data-testid="account-name">
            {account.name}
          </span>
          <RoleBadge role={account.role} testId="role-badge" />
          <button
            type="button"
            disabled={loggingOut}
            onClick={() => {
              setLoggingOut(true);
              void handleLogoutClick(sessionEffects, {
                failed: (message) => {
                  setLoggingOut(false);
                  toastNotices.error(message);
                },
              });
            }}
            className="shrink-0 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 transition hover:bg-slate-100 disabled:opacity-60"
          >
            {loggingOut ? t("auth.loggingOut") : t("auth.logOut")}
          </button>
        </div>
      </div>
    </header>
  );
}
