"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useMemo } from "react";
import { tr } from "~/i18n/translator";
import { cancelRefetches, refetchWhenIdle } from "~/kit/query-cache";
import { UNDO_BUTTON_STYLE, UNDO_TOAST_MS, showToast, toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import type { TodoEffects } from "./events";
import type { SavedTodo, Todo } from "./types";
import { todoQuote } from "./labels";
import type { OrganizerEffects } from "./organizer-events";
import { applyTodoChange, type TodoListData } from "./todo-cache";
import { viewOfListInput, type TodoListInput } from "./views";

/**
 * A saved todo as the views keep it. The API types a subtask's own `subtasks`
 * as `{ id }[]` (always empty: one level); the cache edits todos and subtasks
 * alike, as `Todo`, so here they are that, empty.
 */
function asTodo(saved: SavedTodo): Todo {
  return { ...saved, subtasks: saved.subtasks.map((subtask) => ({ ...subtask, subtasks: [] })) };
}

/** What the todo event handlers act on: the mutations, every cached view's list and the toasts. */
export function useTodoEffects(): TodoEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: create } = useMutation(trpc.todo.create.mutationOptions());
  const { mutateAsync: update } = useMutation(trpc.todo.update.mutationOptions());
  const { mutateAsync: toggle } = useMutation(trpc.todo.toggle.mutationOptions());
  const { mutateAsync: remove } = useMutation(trpc.todo.delete.mutationOptions());
  const { mutateAsync: restore } = useMutation(trpc.todo.restore.mutationOptions());
  const { mutateAsync: move } = useMutation(trpc.todo.move.mutationOptions());

  return useMemo(() => {
    const lists = trpc.todo.list.infiniteQueryFilter();
    return {
      api: {
        create: (input) => create(input).then(asTodo),
        update: (input) => update(input).then(asTodo),
        toggle: (input) => toggle(input).then(asTodo),
        delete: (input) => remove(input).then(asTodo),
        restore: (input) => restore(input).then(asTodo),
        move: (input) => move(input).then(asTodo),
      },
      cache: {
        prepare: () => cancelRefetches(queryClient, [lists]),
        apply(change) {
          for (const [queryKey, data] of queryClient.getQueriesData<TodoListData>(lists)) {
            if (data) queryClient.setQueryData<TodoListData>(queryKey, applyTodoChange(data, scopeOf(queryKey), change));
          }
        },
        // The side column's counts and every view's list, once the last of several quick edits is in.
        settle: () => refetchWhenIdle(queryClient, [trpc.todo.pathKey()], [trpc.todo.list.pathFilter(), trpc.todo.viewCounts.pathFilter()]),
      },
      notices: {
        ...toastNotices,
        deleted: (todo, undo) =>
          showToast(tr("todos.deleted", { name: todoQuote(todo.contents) }), {
            action: { label: tr("todos.undo"), onClick: undo },
            actionButtonStyle: UNDO_BUTTON_STYLE,
            duration: UNDO_TOAST_MS,
          }),
      },
    } satisfies TodoEffects;
  }, [trpc, queryClient, create, update, toggle, remove, restore, move]);
}

/** What the project and label handlers act on. */
export function useOrganizerEffects(): OrganizerEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: createProject } = useMutation(trpc.todo.project.create.mutationOptions());
  const { mutateAsync: updateProject } = useMutation(trpc.todo.project.update.mutationOptions());
  const { mutateAsync: deleteProject } = useMutation(trpc.todo.project.delete.mutationOptions());
  const { mutateAsync: createLabel } = useMutation(trpc.todo.label.create.mutationOptions());
  const { mutateAsync: updateLabel } = useMutation(trpc.todo.label.update.mutationOptions());
  const { mutateAsync: deleteLabel } = useMutation(trpc.todo.label.delete.mutationOptions());

  return useMemo(
    () => ({
      api: { createProject, updateProject, deleteProject, createLabel, updateLabel, deleteLabel },
      // Names and colours show on every todo's chips, and a deleted project's todos moved or went.
      cache: { refresh: () => void queryClient.invalidateQueries({ queryKey: trpc.todo.pathKey() }) },
      notices: toastNotices,
    }),
    [trpc, queryClient, createProject, updateProject, deleteProject, createLabel, updateLabel, deleteLabel],
  );
}

/** The view and filter a cached `todo.list` query was made for (its key holds the input). */
function scopeOf(queryKey: QueryKey) {
  const options = queryKey[1] as { input?: Partial<TodoListInput> } | undefined;
  return viewOfListInput(options?.input);
}
