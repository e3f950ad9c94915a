"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { PlusIcon } from "lucide-react";
import type { WeekStartDay } from "@planner/domain";
import { todayIn } from "~/features/schedule/zoned-time";
import type { TodoEffects } from "./events";
import { QuickAddField } from "./quick-add-field";
import { useLazyModule } from "~/kit/use-lazy-module";
import { handleQuickAddSubmit, quickAddReader, unreadQuickAdd, type QuickAddFields } from "./quick-add-events";
import { QuickAddPreview } from "./quick-add-preview";
import { quickAddChips } from "./quick-add-summary";
import { useQuickAdd, type QuickAddClock } from "./use-quick-add";

/** The field's id: its label and the `c` shortcut find it by it. */
export const NEW_TODO_FIELD = "new-todo";
const ERROR_ID = "new-todo-error";
const SUMMARY_ID = "new-todo-understood";
const HINT_ID = "new-todo-hint";

type AddTodoFormProps = {
  effects: TodoEffects;
  /** The owner's zone and clock. */
  context: QuickAddClock;
  /** What a todo added in the current view gets (its project, …); what the text says wins. */
  defaults?: QuickAddFields;
  weekStartDay?: WeekStartDay | null;
};

/** The new-todo field, with quick add: "tomorrow 3pm call mom p1 #home @phone" is read as it is typed. */
export function AddTodoForm({ effects: todoEffects, context, defaults, weekStartDay }: AddTodoFormProps) {
  const t = useTranslations("todos");
  const { settings, effects } = useQuickAdd(todoEffects, { clock: context, weekStartDay, defaults });
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  // The parser loads once the field is reached for (pointed at, focused) or has text.
  const [wanted, setWanted] = useState(false);
  const reader = useLazyModule(quickAddReader, wanted || text !== "");
  const preview = useMemo(() => (reader ? reader.readQuickAdd(text, settings) : unreadQuickAdd(text)), [reader, text, settings]);
  const chips = useMemo(() => quickAddChips(preview, todayIn(settings.timeZone, settings.now()), settings.locale), [preview, settings]);

  return (
    <form
      noValidate
      aria-label={t("addForm")}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      onFocus={() => setWanted(true)}
      onPointerEnter={() => setWanted(true)}
      onSubmit={(event) => {
        event.preventDefault();
        void handleQuickAddSubmit(text, settings, effects, {
          setError,
          clear: () => setText(""),
          // Only into an empty field: never over something typed since.
          restore: (refused) => setText((current) => current || refused),
        });
      }}
    >
      <label htmlFor={NEW_TODO_FIELD} className="block text-sm font-medium text-slate-700">
        {t("newTodo")}
      </label>
      <div className="mt-1 flex gap-2">
        <QuickAddField
          id={NEW_TODO_FIELD}
          name="contents"
          value={text}
          parts={preview.parts}
          invalid={error !== undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(undefined);
          }}
          placeholder={t("placeholder")}
          autoComplete="off"
          enterKeyHint="done"
          aria-describedby={[error ? ERROR_ID : undefined, chips.length > 0 ? SUMMARY_ID : HINT_ID].filter(Boolean).join(" ")}
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
        <p id={ERROR_ID} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
      <QuickAddPreview chips={chips} summaryId={SUMMARY_ID} hintId={HINT_ID} />
    </form>
  );
}
