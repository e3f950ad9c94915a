"use client";

import { useTranslations } from "next-intl";
import type { ProjectDeleteMode } from "@planner/domain";
import { Button } from "~/components/button";
import { ModalDialog } from "~/components/modal-dialog";
import type { Project } from "./types";

type DeleteProjectDialogProps = {
  project: Project;
  /** Its todos, subtasks included; unknown while they are counted. */
  count: number | undefined;
  onChoose: (todos: ProjectDeleteMode) => void;
  onClosed: () => void;
};

/** Deleting a project: its todos go to the Inbox, or are deleted with it. */
export function DeleteProjectDialog({ project, count, onChoose, onClosed }: DeleteProjectDialogProps) {
  const t = useTranslations("todos.projects");
  const tc = useTranslations("common");
  const known = count ?? 0;
  return (
    <ModalDialog title={t("deleteTitle", { name: project.name })} onClosed={onClosed} testId="delete-project-dialog">
      {(close) => (
        <div className="space-y-5">
          {count !== undefined && <p className="text-sm text-slate-700">{t("deleteBody", { count })}</p>}
          <div className="flex flex-col gap-2">
            <Button
              variant={known === 0 ? "danger" : "primary"}
              onClick={() => {
                onChoose("move");
                close();
              }}
            >
              {t("moveTodos", { count: known })}
            </Button>
            {known > 0 && (
              <Button
                variant="danger-outline"
                onClick={() => {
                  onChoose("delete");
                  close();
                }}
              >
                {t("deleteTodos", { count: known })}
              </Button>
            )}
            <Button variant="secondary" onClick={close} data-autofocus className="border-transparent shadow-none">
              {tc("cancel")}
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
