"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { weekStartFor, type WeekStartDay } from "@planner/domain";
import { toastNotices } from "~/kit/toast-notices";
import { useTRPC } from "~/trpc/react";
import { handleTodoAddSubmit, type TodoEffects } from "./events";
import { withViewDefaults, type QuickAddEffects, type QuickAddFields, type QuickAddSettings } from "./quick-add-events";

/** The owner's clock: their zone and what "now" is (the todo screen's context has both). */
export type QuickAddClock = { timeZone: string; now: () => Date };

type QuickAddOptions = {
  clock: QuickAddClock;
  /** The account's first day of the week, for "이번 주" / "다음 주"; the language's when not chosen. */
  weekStartDay?: WeekStartDay | null;
  /** What the current view gives a new todo (its project, …); what the text says wins. */
  defaults?: QuickAddFields;
};

/**
 * What quick add reads with (the owner's zone, weeks, language, projects and
 * labels) and acts on (creating names, then adding the todo as the list does).
 * The names are the same queries as the side column's. Until they have loaded,
 * "#name" reads as a name to create; the server refuses a duplicate and the
 * names are read again.
 */
export function useQuickAdd(todoEffects: TodoEffects, { clock, weekStartDay = null, defaults }: QuickAddOptions): { settings: QuickAddSettings; effects: QuickAddEffects } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const locale = useLocale();
  const projects = useQuery(trpc.todo.project.list.queryOptions());
  const labels = useQuery(trpc.todo.label.list.queryOptions());
  const { mutateAsync: createProject } = useMutation(trpc.todo.project.create.mutationOptions());
  const { mutateAsync: createLabel } = useMutation(trpc.todo.label.create.mutationOptions());

  const settings = useMemo<QuickAddSettings>(
    () => ({
      now: clock.now,
      timeZone: clock.timeZone,
      locale,
      weekStart: weekStartFor(locale, weekStartDay),
      projects: projects.data ?? [],
      labels: labels.data ?? [],
    }),
    [clock.now, clock.timeZone, weekStartDay, locale, projects.data, labels.data],
  );

  const effects = useMemo<QuickAddEffects>(
    () => ({
      api: { createProject, createLabel },
      notices: toastNotices,
      addTodo: (contents, fields, ui) => handleTodoAddSubmit(contents, todoEffects, ui, withViewDefaults(fields, defaults)),
      // The same queries as the side column's lists, so a created name shows there too.
      namesChanged: () => {
        void queryClient.invalidateQueries(trpc.todo.project.list.queryFilter());
        void queryClient.invalidateQueries(trpc.todo.label.list.queryFilter());
      },
    }),
    [createProject, createLabel, todoEffects, defaults, queryClient, trpc],
  );

  return { settings, effects };
}
