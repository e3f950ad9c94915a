"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { restrictToVerticalAxis, restrictToParentElement } from "@dnd-kit/modifiers";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVerticalIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { handleTodoReorder, handleTodoStep } from "./events";
import { todoQuote } from "./labels";
import { useTodoScreen } from "./screen-context";
import { isPendingTodo } from "./todo-cache";
import { TodoItem } from "./todo-item";
import type { Todo } from "./types";

type SortableTodosProps = {
  /** Stable per list on the page: dnd-kit's ids for its live region must match between server and browser. */
  id: string;
  /** The rows of this list (a day, the overdue ones, or the whole view). */
  items: readonly Todo[];
  /** Every row the view shows, in order: a step past this list's edge is still checked against its neighbour. */
  allItems: readonly Todo[];
  /** Says why a drop was not taken. */
  onRefused: () => void;
  /** Says where a todo went. */
  onMoved: (todo: Todo) => void;
  label: string;
};

/**
 * A list whose rows can be put in another order: dragged by their handle
 * (mouse, touch, or dnd-kit's keyboard: Space, arrows, Space), or moved one
 * place with Alt+ArrowUp / Alt+ArrowDown. What is said to screen readers is
 * in the page's language.
 */
export function SortableTodos({ id, items, allItems, onRefused, onMoved, label }: SortableTodosProps) {
  const t = useTranslations("todos.reorder");
  const { effects, readOnly } = useTodoScreen();
  const sensors = useSensors(
    // A few pixels before a drag starts: a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const nameOf = (todoId: UniqueIdentifier) => todoQuote(items.find((item) => item.id === todoId)?.contents ?? "");
  const positionOf = (todoId: UniqueIdentifier) => ids.indexOf(String(todoId)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("start", { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("over", { name: nameOf(active.id), position: positionOf(over.id), total: ids.length }) : t("outside", { name: nameOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over ? t("end", { name: nameOf(active.id), position: positionOf(over.id), total: ids.length }) : t("endOutside", { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t("cancel", { name: nameOf(active.id) }),
  };
  const ui = { refused: onRefused, moved: onMoved };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) void handleTodoReorder(allItems, String(active.id), String(over.id), effects, ui);
  };

  return (
    <DndContext
      id={id}
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[restrictToVerticalAxis, restrictToParentElement]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("instructions") } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={readOnly}>
        <ul aria-label={label} className="divide-y divide-slate-100">
          {items.map((todo) => (
            <SortableTodo key={todo.id} todo={todo} onStep={(step) => void handleTodoStep(allItems, todo.id, step, effects, ui)} />
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  );
}

function SortableTodo({ todo, onStep }: { todo: Todo; onStep: (step: -1 | 1) => void }) {
  const t = useTranslations("todos.item");
  const { readOnly } = useTodoScreen();
  const pending = isPendingTodo(todo);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: todo.id, disabled: readOnly || pending });
  const handle = readOnly ? undefined : (
    <button
      type="button"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={t("move", { name: todoQuote(todo.contents) })}
      title={t("move", { name: todoQuote(todo.contents) })}
      disabled={pending}
      data-testid="drag-handle"
      // The browser must not scroll the page while a finger drags the handle.
      className="mt-0.5 grid h-9 w-6 shrink-0 cursor-grab touch-none place-items-center rounded-md text-slate-400 transition hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 active:cursor-grabbing disabled:cursor-default disabled:opacity-40"
    >
      <GripVerticalIcon className="size-4.5" aria-hidden />
    </button>
  );
  return (
    <TodoItem
      ref={setNodeRef}
      todo={todo}
      handle={handle}
      onStep={readOnly ? undefined : onStep}
      dragging={isDragging}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    />
  );
}
