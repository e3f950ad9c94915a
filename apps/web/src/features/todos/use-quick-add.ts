"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { weekStartFor, type WeekStartDay } from "@planner/domain";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import { handleTodoAddSubmit, type TodoEffects } from "./events";
import type { QuickAddEffects, QuickAddSettings } from "./quick-add-events";

type QuickAddAccount = { timeZone: string; weekStartDay: WeekStartDay | null };

/**
 * What quick add reads with (the owner's zone, weeks, language, projects and
 * labels) and acts on (creating names, then adding the todo as the list does).
 * Until the names have loaded, "#name" reads as a name to create; the server
 * refuses a duplicate and the names are read again.
 */
export function useQuickAdd(todoEffects: TodoEffects, account: QuickAddAccount): { settings: QuickAddSettings; effects: QuickAddEffects } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const locale = useLocale();
  const projects = useQuery(trpc.todo.project.list.queryOptions());
  const labels = useQuery(trpc.todo.label.list.queryOptions());
  const { mutateAsync: createProject } = useMutation(trpc.todo.project.create.mutationOptions());
  const { mutateAsync: createLabel } = useMutation(trpc.todo.label.create.mutationOptions());

  const settings = useMemo<QuickAddSettings>(
    () => ({
      now: () => new Date(),
      timeZone: account.timeZone,
      locale,
      weekStart: weekStartFor(locale, account.weekStartDay),
      projects: projects.data ?? [],
      labels: labels.data ?? [],
    }),
    [account.timeZone, account.weekStartDay, locale, projects.data, labels.data],
  );

  const effects = useMemo<QuickAddEffects>(
    () => ({
      api: { createProject, createLabel },
      notices: toastNotices,
      addTodo: (contents, fields, ui) => handleTodoAddSubmit(contents, todoEffects, ui, fields),
      // The same queries as the side column's lists, so a created name shows there too.
      namesChanged: () => {
        void queryClient.invalidateQueries(trpc.todo.project.list.queryFilter());
        void queryClient.invalidateQueries(trpc.todo.label.list.queryFilter());
      },
    }),
    [createProject, createLabel, todoEffects, queryClient, trpc],
  );

  return { settings, effects };
}
