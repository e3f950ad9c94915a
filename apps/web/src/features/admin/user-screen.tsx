"use client";

import { useLocale, useTranslations } from "next-intl";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Avatar } from "~/components/avatar";
import { Button } from "~/components/button";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { CalendarIcon, ChevronLeftIcon, ChevronRightIcon, ListIcon } from "lucide-react";
import { Notice } from "~/components/notice";
import { RoleBadge } from "~/components/role-badge";
import { SectionCard } from "~/components/section-card";
import { SharingPanel } from "~/features/sharing/sharing-panel";
import { useAdminSharing } from "~/features/sharing/use-sharing";
import { UserSignInMethods } from "~/features/sign-in-providers/user-sign-in-methods";
import { useTRPC } from "~/trpc/react";
import { DeleteUserDialog } from "./delete-user-dialog";
import { ResetLinkDialog } from "./reset-link-dialog";
import { handleTwoFactorRemoveConfirm } from "./events";
import { formatDay } from "./labels";
import { RoleForm } from "./role-form";
import type { AdminUser } from "./types";
import { useAdminUserEffects } from "./use-admin-user-effects";
import { UserApiTokens } from "./user-api-tokens";
import { UserTodos } from "./user-todos";

type AdminUserScreenProps = { initialUser: AdminUser; isSelf: boolean; oidcName: string | null };

/** One account for admins: details, role, todos, calendar, who follows it, and deletion. */
export function AdminUserScreen({ initialUser, isSelf, oidcName }: AdminUserScreenProps) {
  const t = useTranslations("admin");
  const tp = useTranslations("signInProviders");
  const locale = useLocale();
  const trpc = useTRPC();
  const { data: user = initialUser } = useQuery(trpc.admin.users.byId.queryOptions({ userId: initialUser.id }, { initialData: initialUser }));
  const effects = useAdminUserEffects();
  const sharing = useAdminSharing(user.id);
  const [deleting, setDeleting] = useState(false);
  const [makingResetLink, setMakingResetLink] = useState(false);
  const [removingTwoFactor, setRemovingTwoFactor] = useState(false);
  const base = `/admin/users/${user.id}`;

  return (
    <div className="space-y-6">
      <div>
        <Link prefetch={false} href="/admin" className="inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-brand-700 hover:underline">
          <ChevronLeftIcon className="size-4" />
          {t("allUsers")}
        </Link>
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <Avatar name={user.name} username={user.username} size="lg" />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h1 className="truncate text-2xl font-semibold tracking-tight">{user.name}</h1>
              <RoleBadge role={user.role} testId="user-page-role" />
              {isSelf && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">{t("you")}</span>}
            </div>
            <p className="mt-0.5 truncate text-sm text-slate-600">
              @{user.username}{user.email ? ` · ${user.email}` : ""}
            </p>
          </div>
        </div>
      </div>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6">
          <SectionCard title={t("account")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <Detail term={t("username")}>@{user.username}</Detail>
              <Detail term={t("email")}>{user.email}</Detail>
              <Detail term={t("timeZone")}>{user.timeZone}</Detail>
              <Detail term={tp("signInMethods")}>
                <UserSignInMethods userId={user.id} oidcName={oidcName} />
              </Detail>
              <Detail term={t("twoFactor")}>
                <span data-testid="user-two-factor">{user.twoFactorEnabled ? t("twoFactorOn") : t("twoFactorOff")}</span>
              </Detail>
              <Detail term={t("joined")}>
                <time dateTime={user.createdAt.toISOString()} suppressHydrationWarning>
                  {formatDay(user.createdAt, locale)}
                </time>
              </Detail>
            </dl>
            {user.twoFactorEnabled && (
              <div className="mt-4 space-y-2 border-t border-slate-100 pt-4">
                <p className="text-sm text-slate-700">{t("removeTwoFactorNote")}</p>
                <Button variant="danger-outline" onClick={() => setRemovingTwoFactor(true)}>
                  {t("removeTwoFactor")}
                </Button>
              </div>
            )}
          </SectionCard>

          <SectionCard title={t("access")} description={isSelf ? t("accessSelf") : t("accessOther", { username: user.username })}>
            <RoleForm
              user={user}
              effects={effects}
              onSaved={(saved) => {
                // Demoted yourself: the admin pages are closed to you from now on.
                if (isSelf && saved.role !== "ADMIN") window.location.assign("/settings");
              }}
            />
          </SectionCard>

          {!isSelf && (
            <SectionCard title={t("passwordSection")} description={t("passwordSectionDescription")}>
              <Button variant="secondary" onClick={() => setMakingResetLink(true)}>
                {t("makeResetLink")}
              </Button>
            </SectionCard>
          )}

          <SectionCard title={t("calendar")} description={t("shownIn", { timeZone: user.timeZone })}>
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-1">
              <CalendarLink href={`${base}/calendar`} icon={<CalendarIcon className="size-5" />} label={t("calendar")} hint={t("calendarHint")} />
              <CalendarLink href={`${base}/schedules`} icon={<ListIcon className="size-5" />} label={t("scheduleList")} hint={t("scheduleListHint")} />
            </div>
          </SectionCard>
        </div>

        <div className="space-y-6 lg:col-span-2">
          <SectionCard title={t("todos")} description={t("todosDescription")}>
            <UserTodos userId={user.id} name={user.name} timeZone={user.timeZone} />
          </SectionCard>

          <SectionCard title={t("sharing")} description={t("sharingDescription", { name: user.name })}>
            {user.role === "SUBSCRIBER" ? (
              <Notice title={t("nothingToShare")}>{t("subscriberNoCalendar")}</Notice>
            ) : (
              <SharingPanel followers={sharing.followers} effects={sharing.effects} calendarName={t("calendarOf", { name: user.name })} />
            )}
          </SectionCard>

          <SectionCard title={t("apiTokens")} description={t("apiTokensDescription", { name: user.name })}>
            <UserApiTokens userId={user.id} name={user.name} />
          </SectionCard>

          <SectionCard title={t("dangerZone")} tone="danger">
            {isSelf ? (
              <p className="text-sm text-slate-700">
                {t.rich("ownAccount", {
                  link: (chunks) => (
                    <Link prefetch={false} href="/settings#delete-account" className="font-medium text-brand-600 hover:underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : (
              <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                <p className="text-sm text-slate-700">{t("deleteNote")}</p>
                <Button variant="danger-outline" onClick={() => setDeleting(true)}>
                  {t("deleteUser")}
                </Button>
              </div>
            )}
          </SectionCard>
        </div>
      </div>

      {removingTwoFactor && (
        <ConfirmDialog
          title={t("removeTwoFactorTitle", { name: user.name })}
          confirmLabel={t("removeTwoFactor")}
          tone="danger"
          testId="remove-two-factor-dialog"
          onConfirm={() => void handleTwoFactorRemoveConfirm(user, effects)}
          onClosed={() => setRemovingTwoFactor(false)}
        >
          <p>{t("removeTwoFactorConfirm", { username: user.username })}</p>
        </ConfirmDialog>
      )}
      {deleting && <DeleteUserDialog user={user} effects={effects} onClosed={() => setDeleting(false)} />}
      {makingResetLink && <ResetLinkDialog user={user} onClosed={() => setMakingResetLink(false)} />}
    </div>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{term}</dt>
      <dd className="min-w-0 truncate text-slate-900">{children}</dd>
    </>
  );
}

function CalendarLink({ href, icon, label, hint }: { href: string; icon: ReactNode; label: string; hint: string }) {
  return (
    <Link
      prefetch={false}
      href={href}
      className="flex items-center gap-3 rounded-lg border border-slate-200 px-3 py-2.5 transition hover:border-brand-200 hover:bg-brand-50/50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-700">{icon}</span>
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium text-slate-900">{label}</span>
        <span className="block text-xs text-slate-500">{hint}</span>
      </span>
      <ChevronRightIcon className="size-4 text-slate-400" />
    </Link>
  );
}
