"use client";

import { useLocale, useTranslations } from "next-intl";

import Link from "next/link";
import type { UserSortField } from "@planner/domain";
import { Avatar } from "~/components/avatar";
import { ArrowDownIcon, ArrowUpIcon, ChevronRightIcon, ChevronsUpDownIcon } from "lucide-react";
import { RoleBadge } from "~/components/role-badge";
import { isPlainClick } from "~/components/tab-links";
import { handleUserSortClick } from "./events";
import { formatDay } from "./labels";
import type { AdminUserRow } from "./types";
import { sortHref, type UsersTableState } from "./users-table-state";

type UsersTableProps = {
  users: AdminUserRow[];
  state: UsersTableState;
  /** The rows of the previous search or page, while the next one loads. */
  stale: boolean;
  navigate: (url: string) => void;
};

type ColumnLabel = "sortname" | "sortusername" | "sortemail" | "sortrole" | "colTodos" | "colSchedules" | "sortcreatedAt";

const COLUMNS: { label: ColumnLabel; sort?: UserSortField; align?: "right"; className?: string }[] = [
  { label: "sortname", sort: "name" },
  { label: "sortusername", sort: "username" },
  { label: "sortemail", sort: "email" },
  { label: "sortrole", sort: "role" },
  { label: "colTodos", align: "right" },
  { label: "colSchedules", align: "right" },
  { label: "sortcreatedAt", sort: "createdAt", align: "right" },
];

/** A table with sortable column heads from tablet width up; a list of cards on phones. */
export function UsersTable({ users, state, stale, navigate }: UsersTableProps) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const sortedBy = COLUMNS.find((column) => column.sort === state.sort)?.label;
  return (
    <div aria-busy={stale || undefined} className={`transition-opacity ${stale ? "opacity-60" : ""}`}>
      <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tableCaption", { field: sortedBy ? t(sortedBy) : "" })}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              {COLUMNS.map((column) => (
                <ColumnHead key={column.label} column={column} state={state} navigate={navigate} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <tr key={user.id} className="group transition hover:bg-slate-50">
                <td className="max-w-56 px-4 py-3">
                  <div className="flex items-center gap-3">
                    <Avatar name={user.name} username={user.username} size="sm" />
                    <Link
                      data-list-item
                      prefetch={false}
                      href={`/admin/users/${user.id}`}
                      className="truncate font-medium text-slate-900 hover:text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                    >
                      {user.name}
                    </Link>
                  </div>
                </td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-700">@{user.username}</td>
                <td className="max-w-64 truncate px-4 py-3 text-slate-600" title={user.email ?? undefined}>
                  {user.email}
                </td>
                <td className="px-4 py-3">
                  <span className="flex items-center gap-2">
                    <RoleBadge role={user.role} />
                    <TwoFactorMark on={user.twoFactorEnabled} />
                  </span>
                </td>
                <td className="px-4 py-3 text-right text-slate-700 tabular-nums">{user.todoCount}</td>
                <td className="px-4 py-3 text-right text-slate-700 tabular-nums">{user.scheduleCount}</td>
                <td className="px-4 py-3 text-right whitespace-nowrap text-slate-600 tabular-nums">
                  <time dateTime={user.createdAt.toISOString()}>{formatDay(user.createdAt, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul aria-label={t("usersList")} className="space-y-2 md:hidden">
        {users.map((user) => (
          <li key={user.id}>
            <Link
              data-list-item
              prefetch={false}
              href={`/admin/users/${user.id}`}
              className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm transition hover:border-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              <Avatar name={user.name} username={user.username} />
              <span className="min-w-0 flex-1">
                <span className="flex items-center gap-2">
                  <span className="truncate font-medium text-slate-900">{user.name}</span>
                  <RoleBadge role={user.role} />
                  <TwoFactorMark on={user.twoFactorEnabled} />
                </span>
                <span className="block truncate text-sm text-slate-600">
                  @{user.username} · {user.email}
                </span>
                <span className="mt-0.5 block text-xs text-slate-500">
                  {t("counts", { todos: user.todoCount, schedules: user.scheduleCount, date: formatDay(user.createdAt, locale) })}
                </span>
              </span>
              <ChevronRightIcon className="size-5 shrink-0 text-slate-400" />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ColumnHead({ column, state, navigate }: { column: (typeof COLUMNS)[number]; state: UsersTableState; navigate: (url: string) => void }) {
  const t = useTranslations("admin");
  const alignRight = column.align === "right";
  if (!column.sort) {
    return (
      <th scope="col" className={`px-4 py-3 ${alignRight ? "text-right" : ""}`}>
        {t(column.label)}
      </th>
    );
  }
  const sort = column.sort;
  const active = state.sort === sort;
  const href = sortHref(state, sort);
  const SortIcon = !active ? ChevronsUpDownIcon : state.order === "asc" ? ArrowUpIcon : ArrowDownIcon;
  return (
    <th scope="col" aria-sort={active ? (state.order === "asc" ? "ascending" : "descending") : "none"} className={`px-2 py-1.5 ${alignRight ? "text-right" : ""}`}>
      <Link
        href={href}
        scroll={false}
        prefetch={false}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          handleUserSortClick(sort, state, navigate);
        }}
        className={`inline-flex items-center gap-1 rounded-md px-2 py-1.5 uppercase transition hover:bg-slate-200/70 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 ${
          active ? "text-slate-900" : ""
        }`}
      >
        {t(column.label)}
        <SortIcon className={`size-3.5 ${active ? "text-brand-600" : "text-slate-400"}`} />
      </Link>
    </th>
  );
}

/** "2FA" beside the role of an account with two-step verification on; read out in full. */
function TwoFactorMark({ on }: { on: boolean }) {
  const t = useTranslations("admin");
  if (!on) return null;
  return (
    <span data-testid="two-factor-mark" className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-700 ring-1 ring-emerald-200">
      <span aria-hidden>{t("twoFactorShort")}</span>
      <span className="sr-only">{t("twoFactorOnLong")}</span>
    </span>
  );
}
