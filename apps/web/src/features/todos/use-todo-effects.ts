"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useMemo } from "react";
import { tr } from "~/i18n/translator";
import { cancelRefetches, refetchWhenIdle } from "~/kit/query-cache";
import { UNDO_BUTTON_STYLE, UNDO_TOAST_MS, showToast, toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import { parseTodoFilter, type TodoEffects } from "./events";
import { todoQuote } from "./labels";
import { applyTodoChange, type TodoListData } from "./todo-cache";

/** What the todo event handlers act on: the mutations, the cached lists and the toasts. */
export function useTodoEffects(): TodoEffects {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mutateAsync: create } = useMutation(trpc.todo.create.mutationOptions());
  const { mutateAsync: update } = useMutation(trpc.todo.update.mutationOptions());
  const { mutateAsync: toggle } = useMutation(trpc.todo.toggle.mutationOptions());
  const { mutateAsync: remove } = useMutation(trpc.todo.delete.mutationOptions());
  const { mutateAsync: restore } = useMutation(trpc.todo.restore.mutationOptions());

  return useMemo(() => {
    const lists = trpc.todo.list.infiniteQueryFilter();
    return {
      api: { create, update, toggle, delete: remove, restore },
      cache: {
        prepare: () => cancelRefetches(queryClient, [lists]),
        apply(change) {
          for (const [queryKey, data] of queryClient.getQueriesData<TodoListData>(lists)) {
            if (data) queryClient.setQueryData<TodoListData>(queryKey, applyTodoChange(data, filterOf(queryKey), change));
          }
        },
        settle: () => refetchWhenIdle(queryClient, [trpc.todo.pathKey()], [trpc.todo.list.pathFilter()]),
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
  }, [trpc, queryClient, create, update, toggle, remove, restore]);
}

/** The filter a cached `todo.list` query was made for (its key holds the input). */
function filterOf(queryKey: QueryKey): ReturnType<typeof parseTodoFilter> {
  const options = queryKey[1] as { input?: { filter?: string } } | undefined;
  return parseTodoFilter(options?.input?.filter);
}
