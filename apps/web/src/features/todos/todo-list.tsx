"use client";

import { LoadMore } from "~/components/load-more";
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
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} failed={list.loadMoreFailed} failedMessage="Could not load more todos. Try again." />
      )}
    </div>
  );
}
