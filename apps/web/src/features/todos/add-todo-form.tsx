"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { PlusIcon } from "lucide-react";
import { handleTodoAddSubmit, type TodoContext, type TodoDefaults, type TodoEffects } from "./events";

/** The field's id: its label and the `c` shortcut find it by it. */
export const NEW_TODO_FIELD = "new-todo";

type AddTodoFormProps = {
  effects: TodoEffects;
  /** What a todo added in the current view gets (its project, today's date, its label). */
  defaults?: TodoDefaults;
  context?: TodoContext;
};

export function AddTodoForm({ effects, defaults, context }: AddTodoFormProps) {
  const t = useTranslations("todos");
  const [contents, setContents] = useState("");
  const [error, setError] = useState<string>();

  return (
    <form
      noValidate
      aria-label={t("addForm")}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      onSubmit={(event) => {
        event.preventDefault();
        void handleTodoAddSubmit(contents, effects, {
          setError,
          clear: () => setContents(""),
          // Only into an empty field: never over something typed since.
          restore: (refused) => setContents((current) => current || refused),
        }, defaults, context);
      }}
    >
      <label htmlFor={NEW_TODO_FIELD} className="block text-sm font-medium text-slate-700">
        {t("newTodo")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={NEW_TODO_FIELD}
          name="contents"
          value={contents}
          onChange={(event) => {
            setContents(event.target.value);
            setError(undefined);
          }}
          placeholder={t("placeholder")}
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-todo-error" : undefined}
          className={`block min-w-0 flex-1 rounded-lg border bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:ring-2 ${
            error ? "border-red-400 focus:border-red-500 focus:ring-red-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
          }`}
        />
        <button
          type="submit"
          className="inline-flex shrink-0 items-center gap-1.5 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm transition hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          <PlusIcon className="size-4" />
          {t("add")}
        </button>
      </div>
      {error && (
        <p id="new-todo-error" className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </form>
  );
}
