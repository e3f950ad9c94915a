"use client";

import { useTranslations } from "next-intl";
import type { SubtaskDeleteMode } from "@planner/domain";
import { Button } from "~/components/button";
import { ModalDialog } from "~/components/modal-dialog";
import { todoQuote } from "./labels";
import type { Todo } from "./types";

/** Deleting a todo that has subtasks: take them along, or keep them as todos of their own. */
export function DeleteTodoDialog({ todo, onChoose, onClosed }: { todo: Todo; onChoose: (subtasks: SubtaskDeleteMode) => void; onClosed: () => void }) {
  const t = useTranslations("todos.deleteDialog");
  const tc = useTranslations("common");
  const count = todo.subtasks.length;
  return (
    <ModalDialog title={t("title", { name: todoQuote(todo.contents) })} onClosed={onClosed} testId="delete-todo-dialog">
      {(close) => (
        <div className="space-y-5">
          <p className="text-sm text-slate-700">{t("body", { count })}</p>
          <div className="flex flex-col gap-2">
            <Button
              variant="danger"
              onClick={() => {
                onChoose("delete");
                close();
              }}
            >
              {t("deleteAll", { count })}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                onChoose("keep");
                close();
              }}
            >
              {t("keep", { count })}
            </Button>
            <Button variant="secondary" onClick={close} data-autofocus className="border-transparent shadow-none">
              {tc("cancel")}
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
