"use client";

import { useState } from "react";
import { ADMIN_TODO_DUE_FILTERS, TODO_PRIORITIES, type TodoColor } from "@planner/domain";
import { useLocale, useTranslations } from "next-intl";

import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { CheckIcon } from "lucide-react";
import { ListCount } from "~/components/list-count";
import { LoadMore } from "~/components/load-more";
import { handleUserTodoFilterChange, type UserTodoFilters } from "./events";
import { formatDay, formatDueDate } from "./labels";
import type { AdminTodo } from "./types";
import { useUserTodos } from "./use-user-todos";

const SELECT =
  "h-9 rounded-lg border border-slate-300 bg-white py-0 pr-8 pl-3 text-sm text-slate-800 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100";

/** The dot of a project's colour (the palette's names, each theme's own shade). */
const COLOR_DOT: Record<TodoColor, string> = {
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

/** A user's todos, newest first, "Load more" at a time, with a bounded total; filtered by due date and priority. */
export function UserTodos({ userId, name }: { userId: string; name: string }) {
  const [filters, setFilters] = useState<UserTodoFilters>({});
  const t = useTranslations("admin");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <label htmlFor="user-todos-due" className="sr-only">
          {t("todoFilterDue")}
        </label>
        <select id="user-todos-due" value={filters.due ?? ""} onChange={(event) => handleUserTodoFilterChange("due", event.target.value, filters, setFilters)} className={SELECT}>
          <option value="">{t("dueAny")}</option>
          {ADMIN_TODO_DUE_FILTERS.map((due) => (
            <option key={due} value={due}>
              {t("dueFilter", { due })}
            </option>
          ))}
        </select>
        <label htmlFor="user-todos-priority" className="sr-only">
          {t("todoFilterPriority")}
        </label>
        <select
          id="user-todos-priority"
          value={filters.priority ?? ""}
          onChange={(event) => handleUserTodoFilterChange("priority", event.target.value, filters, setFilters)}
          className={SELECT}
        >
          <option value="">{t("priorityAny")}</option>
          {TODO_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t("priorityOption", { priority })}
            </option>
          ))}
        </select>
      </div>
      <UserTodoList userId={userId} name={name} filters={filters} />
    </div>
  );
}

function UserTodoList({ userId, name, filters }: { userId: string; name: string; filters: UserTodoFilters }) {
  const t = useTranslations("admin");
  const tTodos = useTranslations("todos");
  const locale = useLocale();
  const list = useUserTodos(userId, filters);
  const filtered = filters.due !== undefined || filters.priority !== undefined;

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
  if (items.length === 0) {
    return filtered ? <EmptyState title={t("noTodosMatch")}>{t("noTodosMatchBody")}</EmptyState> : <EmptyState title={t("noTodos")}>{t("noTodosYet", { name })}</EmptyState>;
  }
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
              <TodoDetails todo={todo} />
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

/** What a todo has besides its text: priority, due date (overdue marked), project, labels, its parent. */
function TodoDetails({ todo }: { todo: AdminTodo }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const parts = [
    todo.priority < 4 && (
      <span key="priority" className={`font-semibold ${todo.priority === 1 ? "text-red-700" : todo.priority === 2 ? "text-orange-700" : "text-blue-700"}`}>
        {t("priorityOption", { priority: todo.priority })}
      </span>
    ),
    todo.dueOn && (
      <span key="due" className={todo.overdue ? "font-medium text-red-700" : undefined}>
        {todo.overdue ? t("dueOverdueOn", { date: formatDueDate(todo.dueOn, locale) }) : t("dueOn", { date: formatDueDate(todo.dueOn, locale) })}
      </span>
    ),
    todo.project && (
      <span key="project" className="inline-flex items-center gap-1">
        <span aria-hidden className={`size-2 rounded-full ${COLOR_DOT[todo.project.color]}`} />
        {todo.project.name}
      </span>
    ),
    ...todo.labels.map((label) => <span key={label.id}>@{label.name}</span>),
    todo.parent && <span key="parent">{t("subtaskOf", { contents: todo.parent.contents })}</span>,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">{parts}</p>;
}
