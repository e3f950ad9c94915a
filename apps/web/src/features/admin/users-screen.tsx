"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { ROLES, USER_SORT_FIELDS } from "@planner/domain";
import { useTranslations } from "next-intl";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { Pagination } from "~/components/pagination";
import { isPlainClick } from "~/components/tab-links";
import { useListShortcuts, useSearchShortcut } from "~/features/shortcuts/use-list-shortcuts";
import { handleUserFiltersClear, handleUserRoleFilterChange, handleUserSortSelect } from "./events";
import { USER_SEARCH_FIELD, UserSearchField } from "./user-search-field";
import { UsersTable } from "./users-table";
import { UsersTableSkeleton } from "./users-table-skeleton";
import { USERS_PAGE_SIZE, pageRange, parseUsersTableState, usersTableHref, type UsersTableState } from "./users-table-state";
import { useUserList } from "./use-user-list";

const SELECT =
  "h-10 rounded-lg border border-slate-300 bg-white py-0 pr-8 pl-3 text-sm text-slate-800 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100";

/** The admin console's users table: search, role filter, sorting and pages, all in the URL. */
export function UsersScreen() {
  const t = useTranslations("admin");
  const params = useSearchParams();
  const state = useMemo(() => parseUsersTableState(params), [params]);
  const list = useUserList(state);
  // Only the query changes: no server round trip for the page. Typing replaces, choices add to history.
  const replace = useCallback((url: string) => window.history.replaceState(null, "", url), []);
  const push = useCallback((url: string) => window.history.pushState(null, "", url), []);
  const filtered = state.q !== "" || state.role !== undefined;

  useListShortcuts();
  useSearchShortcut(USER_SEARCH_FIELD);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <UserSearchField state={state} navigate={replace} />
        <label htmlFor="user-role-filter" className="sr-only">
          {t("role")}
        </label>
        <select
          id="user-role-filter"
          value={state.role ?? ""}
          onChange={(event) => handleUserRoleFilterChange(event.target.value, state, push)}
          className={`${SELECT} flex-1 sm:flex-none`}
        >
          <option value="">{t("allRoles")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t("rolePlural", { role })}
            </option>
          ))}
        </select>
        <label htmlFor="user-sort" className="sr-only">
          {t("sortBy")}
        </label>
        {/* No column heads on phones: the sort is a menu there. */}
        <select
          id="user-sort"
          value={`${state.sort}:${state.order}`}
          onChange={(event) => handleUserSortSelect(event.target.value, state, push)}
          className={`${SELECT} flex-1 md:hidden`}
        >
          {USER_SORT_FIELDS.flatMap((field) =>
            (["asc", "desc"] as const).map((order) => (
              <option key={`${field}:${order}`} value={`${field}:${order}`}>
                {sortOptionLabel(field, order, t)}
              </option>
            )),
          )}
        </select>
      </div>

      {list.status === "loading" ? (
        <UsersTableSkeleton />
      ) : list.status === "error" ? (
        <ErrorState message={t("loadFailed")} onRetry={list.retry} />
      ) : !list.page || list.page.items.length === 0 ? (
        <EmptyState title={list.page && list.page.total > 0 ? t("noUsersOnPage") : t("noUsersMatch")}>
          <p>
            {list.page && list.page.total > 0
              ? t("goBackPages", { total: list.page.total })
              : filtered
                ? t("tryAnother")
                : t("noAccounts")}
          </p>
          {filtered && (
            <Link
              prefetch={false}
              href={usersTableHref({ ...state, q: "", role: undefined, page: 1 })}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                handleUserFiltersClear(state, push);
              }}
              className="mt-3 inline-block font-medium text-brand-600 hover:underline"
            >
              {t("clearFilters")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <UsersTable users={list.page.items} state={state} stale={list.stale} navigate={push} />
          <UsersFooter state={state} shown={list.page.items.length} total={list.page.total} />
        </>
      )}
    </div>
  );
}

function UsersFooter({ state, shown, total }: { state: UsersTableState; shown: number; total: number }) {
  const t = useTranslations("admin");
  const { first, last } = pageRange(state.page, USERS_PAGE_SIZE, shown, total);
  return (
    <div className="flex flex-col items-center gap-3 sm:flex-row sm:justify-between">
      <p className="text-sm text-slate-600 tabular-nums" data-testid="users-range" aria-live="polite">
        {t("usersRange", { first, last, total })}
      </p>
      <Pagination
        page={state.page}
        pageCount={Math.max(1, Math.ceil(total / USERS_PAGE_SIZE))}
        href={(page) => usersTableHref({ ...state, page })}
        label={t("userPages")}
      />
    </div>
  );
}

type AdminT = ReturnType<typeof useTranslations<"admin">>;

function sortOptionLabel(field: (typeof USER_SORT_FIELDS)[number], order: "asc" | "desc", t: AdminT): string {
  if (field === "createdAt") return order === "desc" ? t("newestFirst") : t("oldestFirst");
  return t(order === "asc" ? "sortAsc" : "sortDesc", { field: t(`sort${field}`) });
}
