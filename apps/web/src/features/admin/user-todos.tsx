"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ADMIN_TODO_DUE_FILTERS, TODO_PRIORITIES, type Locale } from "@planner/domain";
import { Button } from "~/components/button";

import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { CheckIcon } from "lucide-react";
import { ListCount } from "~/components/list-count";
import { LoadMore } from "~/components/load-more";
import { NO_TODO_FILTERS, type AdminTodoFilters } from "./admin-todo-filters";
import { handleAdminTodoFilterChange, handleAdminTodoFiltersClear } from "./events";
import { formatDay, formatDueDate, formatDueTime } from "./labels";
import type { AdminTodo } from "./types";
import { useUserTodos } from "./use-user-todos";

const SELECT =
  "h-10 flex-1 rounded-lg border border-slate-300 bg-white py-0 pr-8 pl-3 text-sm text-slate-800 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100 sm:flex-none";

// Tailwind sees whole class names only: one per colour of the domain's palette.
const DOT: Record<string, string> = {
  red: "bg-red-500",
  orange: "bg-orange-500",
  yellow: "bg-yellow-500",
  green: "bg-green-600",
  teal: "bg-teal-600",
  blue: "bg-blue-600",
  purple: "bg-purple-600",
  pink: "bg-pink-500",
  gray: "bg-slate-500",
};
const PRIORITY_TONE: Record<number, string> = { 1: "bg-red-50 text-red-700 ring-red-200", 2: "bg-orange-50 text-orange-800 ring-orange-200", 3: "bg-blue-50 text-blue-700 ring-blue-200" };

/** A user's todos, newest first, "Load more" at a time, with a bounded total; filtered by priority and due date. */
export function UserTodos({ userId, name, timeZone }: { userId: string; name: string; timeZone: string }) {
  const [filters, setFilters] = useState<AdminTodoFilters>(NO_TODO_FILTERS);
  return (
    <div className="space-y-3">
      <TodoFilterControls filters={filters} setFilters={setFilters} />
      <UserTodoList userId={userId} name={name} timeZone={timeZone} filters={filters} onClear={() => handleAdminTodoFiltersClear({ setFilters })} />
    </div>
  );
}

function TodoFilterControls({ filters, setFilters }: { filters: AdminTodoFilters; setFilters: (filters: AdminTodoFilters) => void }) {
  const t = useTranslations("admin");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor="admin-todo-priority" className="sr-only">
        {t("todoFilterPriority")}
      </label>
      <select
        id="admin-todo-priority"
        value={filters.priority ?? ""}
        onChange={(event) => handleAdminTodoFilterChange("priority", event.target.value, filters, { setFilters })}
        className={SELECT}
      >
        <option value="">{t("todoPriorityAny")}</option>
        {TODO_PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {t("todoPriorityOption", { priority })}
          </option>
        ))}
      </select>
      <label htmlFor="admin-todo-due" className="sr-only">
        {t("todoFilterDue")}
      </label>
      <select
        id="admin-todo-due"
        value={filters.due ?? ""}
        onChange={(event) => handleAdminTodoFilterChange("due", event.target.value, filters, { setFilters })}
        className={SELECT}
      >
        <option value="">{t("todoDueAny")}</option>
        {ADMIN_TODO_DUE_FILTERS.map((due) => (
          <option key={due} value={due}>
            {t("todoDueOption", { due })}
          </option>
        ))}
      </select>
    </div>
  );
}

type UserTodoListProps = { userId: string; name: string; timeZone: string; filters: AdminTodoFilters; onClear: () => void };

function UserTodoList({ userId, name, timeZone, filters, onClear }: UserTodoListProps) {
  const t = useTranslations("admin");
  const tTodos = useTranslations("todos");
  const locale = useLocale() === "ko" ? "ko" : "en";
  const list = useUserTodos(userId, filters);
  const filtered = filters.priority !== null || filters.due !== null;

  if (list.status === "loading") {
    return (
      <div role="status" aria-live="polite">
        <span className="sr-only">{t("loadingTodos")}</span>
        <ul aria-hidden className="divide-y divide-slate-100">
          {["w-2/3", "w-1/2", "w-3/4"].map((width) => (
            <li key={width} className="flex items-center gap-3 py-3">
              <span className="size-5 animate-pulse rounded-full bg-slate-200" />
              <span className={`h-4 animate-pulse rounded bg-slate-200 ${width}`} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (list.status === "error") return <ErrorState message={t("todosLoadFailed", { name })} onRetry={list.retry} />;
  const items = list.todos;
  if (items.length === 0 && filtered) {
    return (
      <EmptyState title={t("noTodos")}>
        <p>{t("noTodosMatch")}</p>
        <div className="mt-4 flex justify-center">
          <Button variant="secondary" onClick={onClear}>
            {t("todoFiltersClear")}
          </Button>
        </div>
      </EmptyState>
    );
  }
  if (items.length === 0) return <EmptyState title={t("noTodos")}>{t("noTodosYet", { name })}</EmptyState>;
  return (
    <div className="space-y-3">
      <ul aria-label={t("todosOf", { name })} className="-mx-4 divide-y divide-slate-100 sm:-mx-5">
        {items.map((todo) => (
          <li key={todo.id} className="flex items-start gap-3 px-4 py-2.5 sm:px-5">
            <span
              className={`mt-0.5 grid size-5 shrink-0 place-items-center rounded-full ${todo.done ? "bg-emerald-100 text-emerald-700" : "border-2 border-slate-300"}`}
              aria-hidden
            >
              {todo.done && <CheckIcon className="size-3.5" />}
            </span>
            <div className="min-w-0 flex-1">
              <p className={`text-sm break-words ${todo.done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`}>
                <span className="sr-only">{todo.done ? t("doneSr") : t("openSr")}</span>
                {todo.contents}
              </p>
              <TodoDetails todo={todo} timeZone={timeZone} locale={locale} />
            </div>
            <time dateTime={todo.createdAt.toISOString()} className="shrink-0 text-xs text-slate-500 tabular-nums">
              {formatDay(todo.createdAt, locale)}
            </time>
          </li>
        ))}
      </ul>
      <div className="flex flex-col items-center gap-3 border-t border-slate-100 pt-3 sm:flex-row sm:justify-between">
        <ListCount shown={items.length} total={list.total} testId="todos-range" />
        {list.hasMore && (
          <LoadMore onClick={list.loadMore} loading={list.loadingMore} failed={list.loadMoreFailed} failedMessage={tTodos("loadMoreFailed")} size="sm" />
        )}
      </div>
    </div>
  );
}

/** A todo's due date (and time, on the owner's clock), priority, project, labels and parent, as far as it has them. */
function TodoDetails({ todo, timeZone, locale }: { todo: AdminTodo; timeZone: string; locale: Locale }) {
  const t = useTranslations("admin");
  const overdue = todo.overdue && !todo.done;
  const parts = [
    todo.dueOn && (
      <span key="due" className={overdue ? "font-medium text-red-700" : undefined} data-testid="admin-todo-due">
        {t("todoDue", { date: formatDueDate(todo.dueOn, locale), time: todo.dueAt ? formatDueTime(todo.dueAt, timeZone, locale) : "none" })}
        {overdue && ` · ${t("todoOverdue")}`}
      </span>
    ),
    todo.priority < 4 && (
      <span key="priority" className={`rounded px-1.5 py-px font-semibold ring-1 ring-inset ${PRIORITY_TONE[todo.priority]}`}>
        <span aria-hidden>{t("todoPriorityShort", { priority: todo.priority })}</span>
        <span className="sr-only">{t("todoPriorityOption", { priority: todo.priority })}</span>
      </span>
    ),
    <span key="project" className="inline-flex items-center gap-1">
      <span aria-hidden className={`size-2 rounded-full ${todo.project ? (DOT[todo.project.color] ?? DOT.gray) : "bg-slate-300"}`} />
      {todo.project ? todo.project.name : t("todoInbox")}
    </span>,
    ...todo.labels.map((label) => (
      <span key={`label-${label.id}`} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-px text-slate-700">
        <span aria-hidden className={`size-1.5 rounded-full ${DOT[label.color] ?? DOT.gray}`} />
        <span className="sr-only">{t("todoLabelSr")}</span>
        {label.name}
      </span>
    )),
    todo.parent && (
      <span key="parent" className="min-w-0 break-words">
        {t("todoSubtaskOf", { parent: todo.parent.contents })}
      </span>
    ),
  ].filter(Boolean);
  return <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">{parts}</p>;
}
