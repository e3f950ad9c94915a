"use client";

import { useLocale, useTranslations } from "next-intl";

import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { CheckIcon } from "lucide-react";
import { ListCount } from "~/components/list-count";
import { LoadMore } from "~/components/load-more";
import { formatDay } from "./labels";
import { useUserTodos } from "./use-user-todos";

/** A user's todos, newest first, "Load more" at a time, with a bounded total. */
export function UserTodos({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("admin");
  const tTodos = useTranslations("todos");
  const locale = useLocale();
  const list = useUserTodos(userId);

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
            <p className={`min-w-0 flex-1 text-sm break-words ${todo.done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"}`}>
              <span className="sr-only">{todo.done ? t("doneSr") : t("openSr")}</span>
              {todo.contents}
            </p>
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
