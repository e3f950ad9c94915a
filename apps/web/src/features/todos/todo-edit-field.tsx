"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { handleTodoEditCommit, type TodoEffects } from "./events";
import { todoQuote } from "./labels";
import type { Todo } from "./types";

/** The in-place editor: Enter or leaving the field saves, Escape cancels. */
export function TodoEditField({ todo, effects, onClose }: { todo: Todo; effects: TodoEffects; onClose: (refocus: boolean) => void }) {
  const t = useTranslations("todos");
  const [draft, setDraft] = useState(todo.contents);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  // Closing unmounts the field, which may blur it: that blur must not save again.
  const closed = useRef(false);
  const messageId = `todo-edit-${todo.id}-message`;

  useEffect(() => {
    const field = input.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
  }, []);

  function close(refocus: boolean) {
    closed.current = true;
    onClose(refocus);
  }

  function commit(refocus: boolean) {
    if (closed.current) return;
    void handleTodoEditCommit(todo, draft, effects, { setError, close: () => close(refocus) });
  }

  return (
    <div>
      <input
        ref={input}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(undefined);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === "Enter") {
            event.preventDefault();
            commit(true);
          } else if (event.key === "Escape") {
            event.preventDefault();
            close(true);
          }
        }}
        onBlur={() => commit(false)}
        aria-label={t("change", { name: todoQuote(todo.contents) })}
        aria-invalid={error ? true : undefined}
        aria-describedby={messageId}
        autoComplete="off"
        enterKeyHint="done"
        className={`block h-9 w-full rounded-lg border bg-white px-2.5 text-slate-900 shadow-sm outline-none transition focus:ring-2 ${
          error ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
        }`}
      />
      {error ? (
        <p id={messageId} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      ) : (
        <p id={messageId} className="mt-1 text-xs text-slate-500">
          {t("editHint")}
        </p>
      )}
    </div>
  );
}
