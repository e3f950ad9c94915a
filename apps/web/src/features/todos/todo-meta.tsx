"use client";

import { BellIcon, CalendarIcon, CornerDownRightIcon, FlagIcon, ListChecksIcon, TagIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { dueLabel } from "./due-labels";
import { PRIORITY_FLAG, toneOf } from "./tones";
import type { Todo } from "./types";

type TodoMetaProps = {
  todo: Todo;
  today: string;
  timeZone: string;
  /** A project's own view need not name the project on each row. */
  showProject: boolean;
  /** Rows nested under their parent need not name it. */
  showParent: boolean;
};

/** The line under a todo's text: due chip, priority flag, project, labels, parent, subtask progress, reminders. Nothing when there is nothing to say. */
export function TodoMeta({ todo, today, timeZone, showProject, showParent }: TodoMetaProps) {
  const t = useTranslations("todos");
  const locale = useLocale();
  const due = dueLabel(todo, today, locale, timeZone, (key) => t(`due.${key}`));
  const flag = PRIORITY_FLAG[todo.priority];
  const doneSubtasks = todo.subtasks.filter((sub) => sub.done).length;
  const parts = [
    due && (
      <span
        key="due"
        data-testid="due-chip"
        className={`inline-flex items-center gap-1 ${todo.overdue ? "font-semibold text-red-600" : todo.dueOn === today ? "text-emerald-700" : "text-slate-600"}`}
      >
        <CalendarIcon aria-hidden className="size-3.5" />
        {todo.overdue ? (
          <>
            <span className="sr-only">{t("due.overdueLabel", { when: due })}</span>
            <span aria-hidden>
              {t("due.overdue")} · {due}
            </span>
          </>
        ) : (
          <>
            <span className="sr-only">{t("due.label", { when: due })}</span>
            <span aria-hidden>{due}</span>
          </>
        )}
      </span>
    ),
    flag && (
      <span key="priority" data-testid="priority-flag" className={`inline-flex items-center gap-0.5 font-medium ${flag}`}>
        <FlagIcon aria-hidden className="size-3.5 fill-current" />
        <span aria-hidden>{t("priority.short", { level: todo.priority })}</span>
        <span className="sr-only">{t("priority.name", { level: String(todo.priority) })}</span>
      </span>
    ),
    todo.reminderMinutes.length > 0 && todo.dueAt && (
      <span key="reminders" className="inline-flex items-center gap-0.5 text-slate-500" title={t("item.reminders", { count: todo.reminderMinutes.length })}>
        <BellIcon aria-hidden className="size-3.5" />
        <span className="sr-only">{t("item.reminders", { count: todo.reminderMinutes.length })}</span>
      </span>
    ),
    todo.subtasks.length > 0 && (
      <span key="subtasks" className="inline-flex items-center gap-1 text-slate-600">
        <ListChecksIcon aria-hidden className="size-3.5" />
        <span aria-hidden>
          {doneSubtasks}/{todo.subtasks.length}
        </span>
        <span className="sr-only">{t("item.subtaskProgress", { done: doneSubtasks, total: todo.subtasks.length })}</span>
      </span>
    ),
    showParent && todo.parent && (
      <span key="parent" className="inline-flex min-w-0 items-center gap-1 text-slate-600">
        <CornerDownRightIcon aria-hidden className="size-3.5 shrink-0" />
        <span className="truncate">{t("item.subtaskOf", { name: todo.parent.contents })}</span>
      </span>
    ),
    showProject && todo.project && (
      <span key="project" className="inline-flex min-w-0 items-center gap-1.5 text-slate-600">
        <span aria-hidden className={`size-2 shrink-0 rounded-full ${toneOf(todo.project.color).dot}`} />
        <span className="sr-only">{t("item.project", { name: todo.project.name })}</span>
        <span aria-hidden className="truncate">
          {todo.project.name}
        </span>
      </span>
    ),
    ...todo.labels.map((label) => (
      <span key={`label-${label.id}`} className={`inline-flex max-w-40 items-center gap-1 rounded-full border px-1.5 py-px ${toneOf(label.color).chip}`}>
        <TagIcon aria-hidden className="size-3 shrink-0" />
        <span className="sr-only">{t("item.labelChip", { name: label.name })}</span>
        <span aria-hidden className="truncate">
          {label.name}
        </span>
      </span>
    )),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">{parts}</div>;
}
