"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import type { WeekStartDay } from "@planner/domain";
import { Notice } from "~/components/notice";
import { useListShortcuts } from "~/features/shortcuts/use-list-shortcuts";
import { useShortcut } from "~/features/shortcuts/use-shortcut";
import { AddTodoForm, NEW_TODO_FIELD } from "./add-todo-form";
import { parseTodoFilter } from "./events";
import { FilterTabs } from "./filter-tabs";
import { TodoList } from "./todo-list";
import { useTodoEffects } from "./use-todo-effects";
import { useTodoList } from "./use-todo-list";

type TodosScreenProps = {
  /** Decided on the server from the account's role. */
  canWrite: boolean;
  /** The account's zone and first day of the week: quick add's "tomorrow" and "다음 주". */
  timeZone: string;
  weekStartDay: WeekStartDay | null;
};

/** The todo page below its header. */
export function TodosScreen({ canWrite, timeZone, weekStartDay }: TodosScreenProps) {
  const filter = parseTodoFilter(useSearchParams().get("filter"));
  const list = useTodoList(filter);
  const effects = useTodoEffects();
  const clock = useMemo(() => ({ timeZone, now: () => new Date() }), [timeZone]);
  const t = useTranslations();
  useListShortcuts();
  useShortcut("c", () => document.getElementById(NEW_TODO_FIELD)?.focus(), canWrite);

  return (
    <div className="space-y-4">
      {canWrite ? (
        <AddTodoForm effects={effects} context={clock} weekStartDay={weekStartDay} />
      ) : (
        <Notice title={t("schedule.readOnly")}>{t("todos.subscriberNote")}</Notice>
      )}
      <FilterTabs current={filter} counts={list.counts} />
      <TodoList list={list} filter={filter} effects={effects} readOnly={!canWrite} />
    </div>
  );
}
