"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { ModalDialog } from "~/components/modal-dialog";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { Notice } from "~/components/notice";
import { todayIn } from "~/features/schedule/zoned-time";
import { useListShortcuts } from "~/features/shortcuts/use-list-shortcuts";
import { useShortcut } from "~/features/shortcuts/use-shortcut";
import { AddTodoForm, NEW_TODO_FIELD } from "./add-todo-form";
import { DeleteProjectDialog } from "./delete-project-dialog";
import { DeleteTodoDialog } from "./delete-todo-dialog";
import { handleTodoDelete, handleTodoViewSelect, type TodoContext, type TodoDefaults } from "./events";
import { FilterTabs } from "./filter-tabs";
import { todoQuote } from "./labels";
import { OrganizerDialog } from "./organizer-dialog";
import { todoSchemas } from "./load-todo-schemas";
import { handleLabelDelete, handleProjectDelete } from "./organizer-events";
import { TodoScreenProvider, type TodoScreen } from "./screen-context";
import { TodoDetailsDialog } from "./todo-details-dialog";
import { TodoList } from "./todo-list";
import type { Label, Project, Todo } from "./types";
import { useOrganizerEffects, useTodoEffects } from "./use-todo-effects";
import { useTodoList } from "./use-todo-list";
import { useTodoOrganizers } from "./use-todo-organizers";
import { ViewHeader } from "./view-header";
import { nestsSubtasks, parseTodoFilter, parseTodoView, type TodoView } from "./views";
import { ViewsNav } from "./views-nav";

type Dialog =
  | { kind: "details"; todo: Todo }
  | { kind: "deleteTodo"; todo: Todo }
  | { kind: "project"; project: Project | null }
  | { kind: "deleteProject"; project: Project }
  | { kind: "label"; label: Label | null }
  | { kind: "deleteLabel"; label: Label }
  | { kind: "views" };

/** How long the "cannot move there" hint stays. */
const HINT_MS = 6_000;

/** The todo page below its header. `canWrite` is decided on the server from the account's role; `timeZone` is the account's. */
export function TodosScreen({ canWrite, timeZone }: { canWrite: boolean; timeZone: string }) {
  const params = useSearchParams();
  const view = parseTodoView(params);
  const filter = parseTodoFilter(params.get("filter"));
  const list = useTodoList(view, filter);
  const organizers = useTodoOrganizers();
  const effects = useTodoEffects();
  const organizerEffects = useOrganizerEffects();
  const t = useTranslations();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [subtaskFor, setSubtaskFor] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; refused: boolean } | null>(null);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // What the details editor asked for once it has closed (the native dialog closes a moment later).
  const afterDetails = useRef<(() => void) | null>(null);
  useListShortcuts();
  useShortcut("c", () => document.getElementById(NEW_TODO_FIELD)?.focus(), canWrite);
  useEffect(() => () => clearTimeout(hintTimer.current), []);
  // Loaded once the todos have drawn, so a first tick or drag does not wait for them.
  useEffect(() => void todoSchemas.load(), []);

  const project = view.kind === "project" ? organizers.projects.find((candidate) => candidate.id === view.id) : undefined;
  const label = view.kind === "label" ? organizers.labels.find((candidate) => candidate.id === view.id) : undefined;
  const today = list.today ?? todayIn(timeZone);
  const context: TodoContext = useMemo(
    () => ({ timeZone, today, now: () => new Date(), projects: organizers.projects, labels: organizers.labels }),
    [timeZone, today, organizers.projects, organizers.labels],
  );
  const screen: TodoScreen = {
    effects,
    context,
    readOnly: !canWrite,
    view,
    subtaskFor,
    setSubtaskFor,
    openDetails: (todo) => setDialog({ kind: "details", todo }),
    askDelete: (todo) => (todo.subtasks.length > 0 ? setDialog({ kind: "deleteTodo", todo }) : void handleTodoDelete(todo, effects)),
  };
  const say = (text: string, refused: boolean) => {
    clearTimeout(hintTimer.current);
    setNotice({ text, refused });
    hintTimer.current = setTimeout(() => setNotice(null), HINT_MS);
  };
  const leave = (gone: TodoView) => {
    if (gone.kind === view.kind && "id" in gone && "id" in view && gone.id === view.id) {
      handleTodoViewSelect({ kind: "inbox" }, "all", (url) => window.history.replaceState(null, "", url));
    }
  };
  const navProps = {
    current: view,
    projects: organizers.projects,
    labels: organizers.labels,
    counts: organizers.counts,
    status: organizers.status,
    onRetry: organizers.retry,
    canWrite,
    onNewProject: () => setDialog({ kind: "project", project: null }),
    onNewLabel: () => setDialog({ kind: "label", label: null }),
  };
  const close = () => setDialog(null);

  return (
    <TodoScreenProvider value={screen}>
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        <aside className="hidden lg:sticky lg:top-4 lg:block">
          <ViewsNav {...navProps} />
        </aside>
        <div className="min-w-0 space-y-4">
          <ViewHeader
            view={view}
            loading={organizers.status === "loading"}
            project={project}
            label={label}
            canWrite={canWrite}
            onOpenViews={() => setDialog({ kind: "views" })}
            onEdit={() => (project ? setDialog({ kind: "project", project }) : label && setDialog({ kind: "label", label }))}
            onDelete={() => (project ? setDialog({ kind: "deleteProject", project }) : label && setDialog({ kind: "deleteLabel", label }))}
          />
          {canWrite ? (
            <AddTodoForm effects={effects} defaults={defaultsOf(view, today)} context={context} />
          ) : (
            <Notice title={t("schedule.readOnly")}>{t("todos.subscriberNote")}</Notice>
          )}
          <FilterTabs view={view} current={filter} counts={list.counts} />
          <TodoList
            list={list}
            view={view}
            filter={filter}
            readOnly={!canWrite}
            onRefused={() => say(t("todos.reorder.refused"), true)}
            onMoved={(todo) => say(t("todos.reorder.moved", { name: todoQuote(todo.contents) }), false)}
          />
          {canWrite && list.todos.length > 1 && (
            <p role="status" data-testid="reorder-hint" className={`px-1 text-xs ${notice?.refused ? "font-medium text-amber-800" : "text-slate-500"}`}>
              {notice?.text ?? (
                // A touch screen has no Alt key: its hint names the handle alone.
                <>
                  <span className="pointer-coarse:hidden">{t("todos.reorder.hint")}</span>
                  <span className="hidden pointer-coarse:inline">{t("todos.reorder.touchHint")}</span>
                </>
              )}
            </p>
          )}
        </div>
      </div>

      {dialog?.kind === "views" && (
        <ModalDialog title={t("todos.views.menuTitle")} onClosed={close} testId="views-sheet">
          {(closeSheet) => <ViewsNav {...navProps} onChosen={closeSheet} onNewProject={() => setDialog({ kind: "project", project: null })} onNewLabel={() => setDialog({ kind: "label", label: null })} />}
        </ModalDialog>
      )}
      {dialog?.kind === "details" && (
        <TodoDetailsDialog
          todo={dialog.todo}
          onClosed={() => {
            close();
            const next = afterDetails.current;
            afterDetails.current = null;
            next?.();
          }}
          onDelete={(todo) => (afterDetails.current = () => screen.askDelete(todo))}
          onAddSubtask={nestsSubtasks(view) ? (todo) => (afterDetails.current = () => setSubtaskFor(todo.id)) : undefined}
        />
      )}
      {dialog?.kind === "deleteTodo" && (
        <DeleteTodoDialog todo={dialog.todo} onClosed={close} onChoose={(subtasks) => void handleTodoDelete(dialog.todo, effects, subtasks)} />
      )}
      {dialog?.kind === "project" && (
        <OrganizerDialog
          kind="project"
          existing={dialog.project}
          effects={organizerEffects}
          onClosed={close}
          onSaved={(saved, created) => created && handleTodoViewSelect({ kind: "project", id: saved.id }, "all", (url) => window.history.pushState(null, "", url))}
        />
      )}
      {dialog?.kind === "label" && (
        <OrganizerDialog
          kind="label"
          existing={dialog.label}
          effects={organizerEffects}
          onClosed={close}
          onSaved={(saved, created) => created && handleTodoViewSelect({ kind: "label", id: saved.id }, "all", (url) => window.history.pushState(null, "", url))}
        />
      )}
      {dialog?.kind === "deleteProject" && (
        <DeleteProjectDialog
          project={dialog.project}
          count={view.kind === "project" && view.id === dialog.project.id ? list.counts?.all : undefined}
          onClosed={close}
          onChoose={(todos) => void handleProjectDelete(dialog.project, todos, organizerEffects, { leave: () => leave({ kind: "project", id: dialog.project.id }) })}
        />
      )}
      {dialog?.kind === "deleteLabel" && (
        <ConfirmDialog
          title={t("todos.labels.deleteTitle", { name: dialog.label.name })}
          confirmLabel={t("todos.labels.delete")}
          tone="danger"
          testId="delete-label-dialog"
          onClosed={close}
          onConfirm={() => void handleLabelDelete(dialog.label, organizerEffects, { leave: () => leave({ kind: "label", id: dialog.label.id }) })}
        >
          <p>{t("todos.labels.deleteBody")}</p>
        </ConfirmDialog>
      )}
    </TodoScreenProvider>
  );
}

/** A todo added in a view lands in it: in the project, with the label, due today in Today and Upcoming. */
function defaultsOf(view: TodoView, today: string): TodoDefaults {
  if (view.kind === "project") return { projectId: view.id };
  if (view.kind === "label") return { labelIds: [view.id] };
  if (view.kind === "today" || view.kind === "upcoming") return { dueOn: today };
  return {};
}
