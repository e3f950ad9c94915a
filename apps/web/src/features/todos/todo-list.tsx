"use client";

import type { TodoFilter } from "@planner/domain";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import type { TodoEffects } from "./events";
import { TodoItem } from "./todo-item";
import { TodoListSkeleton } from "./todo-list-skeleton";
import type { TodoListState } from "./use-todo-list";

const EMPTY: Record<TodoFilter, { title: string; hint: string; readOnlyHint?: string }> = {
  all: { title: "Nothing to do", hint: "Add your first todo above and press Enter.", readOnlyHint: "This account has no todos." },
  open: { title: "No open todos", hint: "Everything is done. Enjoy the quiet." },
  done: { title: "Nothing done yet", hint: "Tick a todo off and it will show up here." },
};

type TodoListProps = { list: TodoListState; filter: TodoFilter; effects: TodoEffects; readOnly: boolean };

export function TodoList({ list, filter, effects, readOnly }: TodoListProps) {
  if (list.status === "loading") return <TodoListSkeleton />;
  if (list.status === "error") {
    return <ErrorState message="We could not load your todos. Nothing you saved was lost." onRetry={list.retry} />;
  }
  if (list.todos.length === 0) {
    const empty = EMPTY[filter];
    return <EmptyState title={empty.title}>{readOnly ? (empty.readOnlyHint ?? null) : empty.hint}</EmptyState>;
  }
  return (
    <div className="space-y-4">
      <section
        aria-label="Todos"
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
        <div className="flex flex-col items-center gap-2">
          <button
            type="button"
            onClick={list.loadMore}
            disabled={list.loadingMore}
            aria-busy={list.loadingMore || undefined}
            className="inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 shadow-sm transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60"
          >
            {list.loadingMore && <span className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-slate-600" aria-hidden />}
            {list.loadingMore ? "Loading…" : "Load more"}
          </button>
          {list.loadMoreFailed && !list.loadingMore && (
            <p role="alert" data-testid="load-more-error" className="text-sm text-red-600">
              Could not load more todos. Try again.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
