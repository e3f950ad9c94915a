"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { IconButton } from "~/components/icon-button";
import { PencilIcon, TrashIcon } from "lucide-react";
import { NEW_TODO_FIELD } from "./add-todo-form";
import { handleTodoDelete, handleTodoToggle, type TodoEffects } from "./events";
import { todoQuote } from "./labels";
import { isPendingTodo } from "./todo-cache";
import { TodoEditField } from "./todo-edit-field";
import type { Todo } from "./types";

export function TodoItem({ todo, effects, readOnly }: { todo: Todo; effects: TodoEffects; readOnly: boolean }) {
  const t = useTranslations("todos");
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  const row = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocusEdit = useRef(false);
  // Not yet stored: nothing to change on the server until it has an id.
  const pending = isPendingTodo(todo);
  const name = todoQuote(todo.contents);
  const canEdit = !readOnly && !pending;

  useEffect(() => {
    if (!editing && refocusEdit.current) {
      refocusEdit.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  return (
    <li ref={row} className="flex items-start gap-3 px-4 py-2.5" aria-busy={pending || undefined}>
      <input
        type="checkbox"
        data-list-item
        checked={todo.done}
        disabled={!canEdit}
        onChange={() => void handleTodoToggle(todo, effects)}
        aria-label={t("markDone", { name })}
        className="mt-1.5 size-6 shrink-0 cursor-pointer accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-default"
      />
      <div className="min-w-0 flex-1">
        {editing ? (
          <TodoEditField
            todo={todo}
            effects={effects}
            onClose={(refocus) => {
              refocusEdit.current = refocus;
              setEditing(false);
            }}
          />
        ) : (
          <p
            onDoubleClick={canEdit ? () => setEditing(true) : undefined}
            className={`py-1.5 break-words ${todo.done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"} ${
              pending ? "opacity-60" : ""
            }`}
          >
            {todo.contents}
          </p>
        )}
      </div>
      {!editing && (
        <time dateTime={todo.createdAt.toISOString()} className="hidden shrink-0 py-2.5 text-xs text-slate-500 sm:block">
          {format.dateTime(todo.createdAt, { month: "short", day: "numeric" })}
        </time>
      )}
      {!readOnly && !editing && (
        <div className="-mr-1.5 flex shrink-0">
          <IconButton ref={editButton} label={t("edit", { name })} disabled={pending} onClick={() => setEditing(true)}>
            <PencilIcon className="size-4.5" />
          </IconButton>
          <IconButton
            label={t("delete", { name })}
            tone="danger"
            disabled={pending}
            onClick={() => {
              focusNeighbourOf(row.current);
              void handleTodoDelete(todo, effects);
            }}
          >
            <TrashIcon className="size-4.5" />
          </IconButton>
        </div>
      )}
    </li>
  );
}

/**
 * Keeps keyboard users in place when their row goes: the next row's delete
 * button, else the previous one's, else (the list is now empty) the new-todo field.
 */
function focusNeighbourOf(row: HTMLLIElement | null) {
  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
  const target =
    neighbour?.querySelector<HTMLElement>("button[aria-label^='Delete']") ??
    document.getElementById(NEW_TODO_FIELD) ??
    row?.closest<HTMLElement>("[data-todo-list]");
  target?.focus();
}
