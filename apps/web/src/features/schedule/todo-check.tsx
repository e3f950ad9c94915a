"use client";

import { CheckIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import type { RangeTodo } from "./types";

type TodoCheckProps = {
  todo: RangeTodo;
  writable: boolean;
  /** The check box's click (writable only); the caller decides what else it stops. */
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
};

/**
 * A todo's check box on the calendar and in the agenda, named "Todo: …" so it
 * is told from a schedule by ear too. Read-only calendars show the box as a
 * picture with its state in words.
 */
export function TodoCheck({ todo, writable, onClick }: TodoCheckProps) {
  const t = useTranslations("schedule");
  const overdue = todo.overdue && !todo.done;
  const box = <span className="todo-check-box">{todo.done && <CheckIcon className="todo-check-mark" />}</span>;
  if (!writable) {
    return (
      <span className="todo-event-check">
        {box}
        <span className="sr-only">{t("todoStatusSr", { done: todo.done ? "yes" : "no", overdue: overdue ? "yes" : "no" })}</span>
      </span>
    );
  }
  return (
    <button
      type="button"
      role="checkbox"
      aria-checked={todo.done}
      aria-label={overdue ? t("todoCheckOverdue", { contents: todo.contents }) : t("todoCheck", { contents: todo.contents })}
      className="todo-event-check"
      onClick={onClick}
    >
      {box}
    </button>
  );
}
