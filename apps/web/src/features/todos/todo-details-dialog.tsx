"use client";

import { FlagIcon, ListPlusIcon, TrashIcon, XIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { localTimeOf, TODO_PRIORITIES } from "@planner/domain";
import { Button } from "~/components/button";
import { ModalDialog } from "~/components/modal-dialog";
import { FormAlert } from "~/components/form-alert";
import { RemindersField } from "~/features/schedule/reminders-field";
import { detailsDraftOf, handleTodoDetailsSave, type DetailsField, type TodoDetailsDraft } from "./events";
import { useTodoScreen } from "./screen-context";
import { PRIORITY_FLAG, toneOf } from "./tones";
import type { Todo } from "./types";

type TodoDetailsDialogProps = {
  todo: Todo;
  onClosed: () => void;
  /** Delete from here (phones have no delete button on the row); runs just before the dialog closes. */
  onDelete: (todo: Todo) => void;
  /** Open the new-subtask field under the todo's row. */
  onAddSubtask?: (todo: Todo) => void;
};

const CONTROL =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-100 aria-invalid:border-red-400";

/** The todo's due date and time, priority, project, labels and reminders; and delete. */
export function TodoDetailsDialog({ todo, onClosed, onDelete, onAddSubtask }: TodoDetailsDialogProps) {
  const t = useTranslations("todos.details");
  const tt = useTranslations("todos");
  const tc = useTranslations("common");
  const { effects, context } = useTodoScreen();
  const id = useId();
  const [initial] = useState(() => detailsDraftOf(todo, context.timeZone, localTimeOf));
  const [draft, setDraft] = useState<TodoDetailsDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<DetailsField, string>>>({});
  const [formError, setFormError] = useState<string>();
  const set = (patch: Partial<TodoDetailsDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors({});
    setFormError(undefined);
  };
  const fieldError = (field: DetailsField) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} role="alert" className="mt-1 text-sm text-red-600">
        {errors[field]}
      </p>
    ) : null;
  const described = (field: DetailsField, hint?: string) => (errors[field] ? `${id}-${field}-error` : hint);

  return (
    <ModalDialog title={t("title")} description={todo.contents} onClosed={onClosed} testId="todo-details" size="wide">
      {(close) => (
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            void handleTodoDetailsSave(
              todo,
              initial,
              draft,
              effects,
              {
                setFieldError: (field, message) => setErrors((current) => ({ ...current, [field]: message })),
                setFormError,
                close,
              },
              context,
            );
          }}
        >
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t("dueOn")}</legend>
            <div className="flex flex-wrap items-start gap-2">
              <div className="min-w-40 flex-1">
                <label htmlFor={`${id}-date`} className="sr-only">
                  {t("dueOn")}
                </label>
                <input
                  id={`${id}-date`}
                  type="date"
                  data-autofocus
                  value={draft.dueOn}
                  onChange={(event) => set({ dueOn: event.target.value })}
                  aria-invalid={errors.dueOn ? true : undefined}
                  aria-describedby={described("dueOn")}
                  className={CONTROL}
                />
              </div>
              <div className="w-36">
                <label htmlFor={`${id}-time`} className="sr-only">
                  {t("dueTime")}
                </label>
                <input
                  id={`${id}-time`}
                  type="time"
                  value={draft.dueTime}
                  disabled={!draft.dueOn}
                  onChange={(event) => set({ dueTime: event.target.value })}
                  aria-invalid={errors.dueTime ? true : undefined}
                  aria-describedby={described("dueTime", `${id}-time-hint`)}
                  className={`${CONTROL} disabled:opacity-60`}
                />
              </div>
              {(draft.dueOn || draft.dueTime) && (
                <button
                  type="button"
                  onClick={() => set({ dueOn: "", dueTime: "" })}
                  className="inline-flex min-h-10 items-center gap-1 rounded-lg px-2.5 text-sm font-medium text-slate-600 transition hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                >
                  <XIcon aria-hidden className="size-4" />
                  {t("clearDue")}
                </button>
              )}
            </div>
            <p id={`${id}-time-hint`} className="mt-1 text-xs text-slate-500">
              {t("timeHint")}
            </p>
            {fieldError("dueOn")}
            {fieldError("dueTime")}
          </fieldset>

          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t("priority")}</legend>
            <div className="grid grid-cols-4 gap-1 rounded-xl bg-slate-200/70 p-1">
              {TODO_PRIORITIES.map((level) => {
                const checked = draft.priority === level;
                return (
                  <label
                    key={level}
                    className={`flex cursor-pointer items-center justify-center gap-1 rounded-lg px-2 py-1.5 text-sm font-medium transition has-focus-visible:outline-2 has-focus-visible:outline-brand-600 ${
                      checked ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:bg-white/60"
                    }`}
                  >
                    <input type="radio" name="priority" className="sr-only" checked={checked} onChange={() => set({ priority: level })} />
                    <FlagIcon aria-hidden className={`size-4 ${PRIORITY_FLAG[level] ? `fill-current ${PRIORITY_FLAG[level]}` : "text-slate-400"}`} />
                    <span aria-hidden>{tt("priority.short", { level })}</span>
                    <span className="sr-only">{tt("priority.name", { level: String(level) })}</span>
                  </label>
                );
              })}
            </div>
            {fieldError("priority")}
          </fieldset>

          <div>
            <label htmlFor={`${id}-project`} className="mb-1 block text-sm font-medium text-slate-700">
              {t("project")}
            </label>
            {todo.parent ? (
              <p className="text-sm text-slate-600">{t("projectOfParent")}</p>
            ) : (
              <select
                id={`${id}-project`}
                value={draft.projectId ?? ""}
                onChange={(event) => set({ projectId: event.target.value || null })}
                aria-describedby={described("projectId")}
                className={`${CONTROL} pr-8`}
              >
                <option value="">{t("inbox")}</option>
                {context.projects.map((project) => (
                  <option key={project.id} value={project.id}>
                    {project.name}
                  </option>
                ))}
              </select>
            )}
            {fieldError("projectId")}
          </div>

          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-700">{t("labels")}</legend>
            {context.labels.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noLabels")}</p>
            ) : (
              <div className="flex flex-wrap gap-1.5">
                {context.labels.map((label) => {
                  const checked = draft.labelIds.includes(label.id);
                  return (
                    <label
                      key={label.id}
                      className={`inline-flex min-h-8 cursor-pointer items-center gap-1.5 rounded-full border px-3 text-sm transition has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-brand-600 ${
                        checked ? toneOf(label.color).chip : "border-slate-300 text-slate-700 hover:bg-slate-100"
                      }`}
                    >
                      <input
                        type="checkbox"
                        className="size-3.5 accent-brand-600"
                        checked={checked}
                        onChange={() => set({ labelIds: checked ? draft.labelIds.filter((labelId) => labelId !== label.id) : [...draft.labelIds, label.id] })}
                      />
                      {label.name}
                    </label>
                  );
                })}
              </div>
            )}
            {fieldError("labelIds")}
          </fieldset>

          {draft.dueOn && draft.dueTime ? (
            <div>
              <RemindersField value={draft.reminderMinutes} onChange={(reminders) => set({ reminderMinutes: reminders ?? [] })} allDay={false} canUseDefaults={false} wording="todo" error={errors.reminderMinutes} />
            </div>
          ) : (
            <div>
              <p className="mb-1 text-sm font-medium text-slate-700">{t("reminders")}</p>
              <p className="text-sm text-slate-600">{t("remindersNeedTime")}</p>
            </div>
          )}

          <FormAlert message={formError} />

          <div className="flex flex-col-reverse gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:items-center">
            <div className="flex gap-2 sm:mr-auto">
              <Button
                variant="danger-outline"
                data-testid="details-delete"
                onClick={() => {
                  onDelete(todo);
                  close();
                }}
                className="flex-1 sm:flex-none"
              >
                <TrashIcon aria-hidden className="size-4" />
                {t("delete")}
              </Button>
              {onAddSubtask && !todo.parent && (
                <Button
                  variant="secondary"
                  onClick={() => {
                    onAddSubtask(todo);
                    close();
                  }}
                  className="flex-1 sm:flex-none"
                >
                  <ListPlusIcon aria-hidden className="size-4" />
                  {tt("item.addSubtask")}
                </Button>
              )}
            </div>
            <Button variant="secondary" onClick={close}>
              {tc("cancel")}
            </Button>
            <Button type="submit">{t("save")}</Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
