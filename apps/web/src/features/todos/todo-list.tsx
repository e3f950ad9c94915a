"use client";

import { useTranslations } from "next-intl";
import { LoadMore } from "~/components/load-more";
import type { TodoFilter } from "@planner/domain";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import type { TodoEffects } from "./events";
import { TodoItem } from "./todo-item";
import { TodoListSkeleton } from "./todo-list-skeleton";
import type { TodoListState } from "./use-todo-list";

const EMPTY = {
  all: { title: "emptyAllTitle", hint: "emptyAllHint", readOnlyHint: "emptyAllReadOnly" },
  open: { title: "emptyOpenTitle", hint: "emptyOpenHint", readOnlyHint: undefined },
  done: { title: "emptyDoneTitle", hint: "emptyDoneHint", readOnlyHint: undefined },
} as const satisfies Record<TodoFilter, { title: string; hint: string; readOnlyHint: string | undefined }>;

type TodoListProps = { list: TodoListState; filter: TodoFilter; effects: TodoEffects; readOnly: boolean };

export function TodoList({ list, filter, effects, readOnly }: TodoListProps) {
  const t = useTranslations("todos");
  if (list.status === "loading") return <TodoListSkeleton />;
  if (list.status === "error") {
    return <ErrorState message={t("loadFailed")} onRetry={list.retry} />;
  }
  if (list.todos.length === 0) {
    const empty = EMPTY[filter];
    return <EmptyState title={t(empty.title)}>{readOnly ? (empty.readOnlyHint ? t(empty.readOnlyHint) : null) : t(empty.hint)}</EmptyState>;
  }
  return (
    <div className="space-y-4">
      <section
        aria-label={t("listLabel")}
        data-todo-list
        tabIndex={-1}
        className="rounded-xl border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <ul className="divide-y divide-slate-100">
          {list.todos.map((todo) => (
            <TodoItem key={todo.id} todo={todo} effects={effects} readOnly={readOnly} />
          ))}
        </ul>
      </section>
      {list.hasMore && (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} failed={list.loadMoreFailed} failedMessage={t("loadMoreFailed")} />
      )}
    </div>
  );
}
