"use client";

import { PlusIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { handleSubtaskAdd } from "./events";
import { todoQuote } from "./labels";
import { useTodoScreen } from "./screen-context";
import { TodoItem } from "./todo-item";
import type { Todo } from "./types";

type SubtaskListProps = {
  parent: Todo;
  /** The new-subtask field is open. */
  adding: boolean;
  onAdding: (adding: boolean) => void;
};

/** A todo's subtasks, one level, under its row; with a field to add another. */
export function SubtaskList({ parent, adding, onAdding }: SubtaskListProps) {
  const t = useTranslations("todos.item");
  const { readOnly } = useTodoScreen();
  const name = todoQuote(parent.contents);
  return (
    <div className="pb-2 pl-10 sm:pl-16">
      {parent.subtasks.length > 0 && (
        <ul aria-label={t("subtasks", { name })} className="divide-y divide-slate-100 border-l-2 border-slate-200">
          {parent.subtasks.map((subtask) => (
            <TodoItem key={subtask.id} todo={subtask} nested />
          ))}
        </ul>
      )}
      {!readOnly &&
        (adding ? (
          <NewSubtaskField parent={parent} onClose={() => onAdding(false)} />
        ) : (
          <button
            type="button"
            onClick={() => onAdding(true)}
            className="mt-1 ml-1 inline-flex min-h-8 items-center gap-1.5 rounded-lg px-2 text-sm text-slate-600 transition hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            <PlusIcon aria-hidden className="size-4" />
            {t("addSubtask")}
          </button>
        ))}
    </div>
  );
}

/** Enter adds the subtask and keeps the field for the next; Escape or leaving it empty closes it. */
function NewSubtaskField({ parent, onClose }: { parent: Todo; onClose: () => void }) {
  const t = useTranslations("todos.item");
  const { effects, context } = useTodoScreen();
  const [contents, setContents] = useState("");
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const errorId = `subtask-${parent.id}-error`;

  useEffect(() => input.current?.focus(), []);

  return (
    <div className="mt-1 ml-1">
      <input
        ref={input}
        value={contents}
        onChange={(event) => {
          setContents(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === "Enter") {
            event.preventDefault();
            void handleSubtaskAdd(parent, contents, effects, { setError, clear: () => setContents(""), restore: (refused) => setContents((current) => current || refused) }, context);
          } else if (event.key === "Escape") {
            event.preventDefault();
            onClose();
          }
        }}
        onBlur={() => {
          if (!contents.trim()) onClose();
        }}
        aria-label={t("newSubtask", { name: todoQuote(parent.contents) })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={t("subtaskPlaceholder")}
        autoComplete="off"
        enterKeyHint="done"
        className={`block h-9 w-full rounded-lg border bg-white px-2.5 text-sm text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${
          error ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
