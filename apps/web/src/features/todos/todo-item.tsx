"use client";

import { ListPlusIcon, PencilIcon, SlidersHorizontalIcon, TrashIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { forwardRef, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";
import { IconButton } from "~/components/icon-button";
import { NEW_TODO_FIELD } from "./add-todo-form";
import { handleTodoToggle } from "./events";
import { todoQuote } from "./labels";
import { useTodoScreen } from "./screen-context";
import { SubtaskList } from "./subtask-list";
import { isPendingTodo } from "./todo-cache";
import { TodoEditField } from "./todo-edit-field";
import { TodoMeta } from "./todo-meta";
import type { Todo } from "./types";
import { nestsSubtasks } from "./views";

type TodoItemProps = {
  todo: Todo;
  /** A subtask under its parent's row: no handle, no subtasks of its own. */
  nested?: boolean;
  /** The drag handle (sortable rows only). */
  handle?: ReactNode;
  /** Alt+ArrowUp / Alt+ArrowDown anywhere in the row. */
  onStep?: (step: -1 | 1) => void;
  style?: CSSProperties;
  dragging?: boolean;
};

/** One todo: tick, text (edited in place), its due date, priority, project, labels, and its subtasks nested under it. */
export const TodoItem = forwardRef<HTMLLIElement, TodoItemProps>(function TodoItem({ todo, nested = false, handle, onStep, style, dragging = false }, ref) {
  const t = useTranslations("todos");
  const { effects, context, readOnly, view, openDetails, askDelete, subtaskFor, setSubtaskFor } = useTodoScreen();
  const [editing, setEditing] = useState(false);
  const addingSubtask = subtaskFor === todo.id;
  const row = useRef<HTMLLIElement | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const refocusEdit = useRef(false);
  // Not yet stored: nothing to change on the server until it has an id.
  const pending = isPendingTodo(todo);
  const name = todoQuote(todo.contents);
  const canEdit = !readOnly && !pending;
  const showsSubtasks = !nested && nestsSubtasks(view);

  useEffect(() => {
    if (!editing && refocusEdit.current) {
      refocusEdit.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!onStep || !event.altKey || editing || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    // The row moves in the DOM; keep the focus on the control that had it.
    const focused = document.activeElement as HTMLElement | null;
    onStep(event.key === "ArrowUp" ? -1 : 1);
    requestAnimationFrame(() => {
      if (focused && document.activeElement !== focused) focused.focus();
    });
  };

  return (
    <li
      ref={(node) => {
        row.current = node;
        if (typeof ref === "function") ref(node);
        else if (ref) ref.current = node;
      }}
      style={style}
      data-todo-id={todo.id}
      data-testid={nested ? "subtask-row" : "todo-row"}
      onKeyDown={onKeyDown}
      aria-busy={pending || undefined}
      className={`bg-white ${dragging ? "relative z-10 rounded-lg shadow-lg ring-1 ring-brand-500/40" : ""}`}
    >
      <div className={`flex items-start gap-2 py-2 pr-2 sm:gap-3 sm:pr-3 ${nested ? "pl-3" : handle ? "pl-1" : "pl-3 sm:pl-4"}`}>
        {handle}
        <input
          type="checkbox"
          data-list-item
          checked={todo.done}
          disabled={!canEdit}
          onChange={() => void handleTodoToggle(todo, effects, context)}
          aria-label={t("markDone", { name })}
          className={`mt-1.5 shrink-0 cursor-pointer accent-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-default ${nested ? "size-5" : "size-6"}`}
        />
        <div className="min-w-0 flex-1 py-1">
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
            <>
              <p
                onDoubleClick={canEdit ? () => setEditing(true) : undefined}
                className={`break-words ${nested ? "text-sm" : ""} ${todo.done ? "text-slate-500 line-through decoration-slate-400" : "text-slate-900"} ${pending ? "opacity-60" : ""}`}
              >
                {todo.contents}
              </p>
              <TodoMeta todo={todo} today={context.today} timeZone={context.timeZone} showProject={view.kind !== "project" && !nested} showParent={!nested} />
            </>
          )}
        </div>
        {!readOnly && !editing && (
          <div className="-mr-1 flex shrink-0">
            {showsSubtasks && !todo.parent && (
              <IconButton label={t("item.addSubtaskTo", { name })} disabled={pending} onClick={() => setSubtaskFor(todo.id)} className="hidden sm:grid">
                <ListPlusIcon className="size-4.5" />
              </IconButton>
            )}
            <IconButton label={t("item.details", { name })} disabled={pending} onClick={() => openDetails(todo)} data-testid="details-button">
              <SlidersHorizontalIcon className="size-4.5" />
            </IconButton>
            <IconButton ref={editButton} label={t("edit", { name })} disabled={pending} onClick={() => setEditing(true)}>
              <PencilIcon className="size-4.5" />
            </IconButton>
            <IconButton
              label={t("delete", { name })}
              tone="danger"
              disabled={pending}
              data-delete
              className="hidden sm:grid"
              onClick={() => {
                if (todo.subtasks.length === 0) focusNeighbourOf(row.current);
                askDelete(todo);
              }}
            >
              <TrashIcon className="size-4.5" />
            </IconButton>
          </div>
        )}
      </div>
      {showsSubtasks && (todo.subtasks.length > 0 || addingSubtask) && (
        <SubtaskList parent={todo} adding={addingSubtask} onAdding={(adding) => setSubtaskFor(adding ? todo.id : null)} />
      )}
    </li>
  );
});

/**
 * Keeps keyboard users in place when their row goes: the next row's delete
 * button, else the previous one's, else (the list is now empty) the new-todo field.
 */
function focusNeighbourOf(row: HTMLLIElement | null) {
  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
  const target =
    neighbour?.querySelector<HTMLElement>("button[data-delete]") ??
    document.getElementById(NEW_TODO_FIELD) ??
    row?.closest<HTMLElement>("[data-todo-list]");
  target?.focus();
}
