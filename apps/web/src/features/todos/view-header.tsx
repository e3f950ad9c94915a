"use client";

import { CalendarCheckIcon, CalendarDaysIcon, ChevronDownIcon, InboxIcon, ListTodoIcon, PencilIcon, TagIcon, TrashIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { IconButton } from "~/components/icon-button";
import { toneOf } from "./tones";
import type { Label, Project } from "./types";
import type { TodoView } from "./views";

type ViewHeaderProps = {
  view: TodoView;
  /** The projects and labels are still coming: a project's or label's name is not known yet. */
  loading: boolean;
  project: Project | undefined;
  label: Label | undefined;
  canWrite: boolean;
  /** Phones: opens the sheet with every view. */
  onOpenViews: () => void;
  onEdit: () => void;
  onDelete: () => void;
};

const ICONS = { today: CalendarCheckIcon, upcoming: CalendarDaysIcon, inbox: InboxIcon, all: ListTodoIcon };

/** The view's name and what it holds; a project's or label's edit and delete; on phones, the way to other views. */
export function ViewHeader({ view, loading, project, label, canWrite, onOpenViews, onEdit, onDelete }: ViewHeaderProps) {
  const t = useTranslations("todos");
  const tc = useTranslations("common");
  const named = view.kind === "project" ? project : view.kind === "label" ? label : undefined;
  const title = view.kind === "project" || view.kind === "label" ? (named?.name ?? (loading ? null : view.kind === "project" ? t("details.project") : t("views.oneLabel"))) : t(`views.${view.kind}`);
  const Icon = view.kind === "project" || view.kind === "label" ? null : ICONS[view.kind];
  const words = view.kind === "project" ? "projects" : "labels";

  return (
    <div className="flex items-center gap-3">
      <div className="min-w-0 flex-1">
        <h2 className="flex items-center gap-2 text-xl font-semibold tracking-tight text-slate-900" data-testid="view-title">
          {Icon && <Icon aria-hidden className="size-5 shrink-0 text-brand-600" />}
          {view.kind === "project" && named && <span aria-hidden className={`size-3 shrink-0 rounded-full ${toneOf(named.color).dot}`} />}
          {view.kind === "label" && named && <TagIcon aria-hidden className={`size-5 shrink-0 ${toneOf(named.color).ink}`} />}
          {title === null ? (
            <>
              <span aria-hidden className="h-6 w-40 animate-pulse rounded bg-slate-200" />
              <span className="sr-only">{tc("loading")}</span>
            </>
          ) : (
            <span className="truncate">{title}</span>
          )}
        </h2>
        <p className="mt-0.5 hidden text-sm text-slate-600 sm:block">{t(`views.${view.kind}Description`)}</p>
      </div>
      {canWrite && named && (
        <div className="flex shrink-0">
          <IconButton label={t(`${words}.editNamed`, { name: named.name })} onClick={onEdit}>
            <PencilIcon className="size-4.5" />
          </IconButton>
          <IconButton label={t(`${words}.deleteNamed`, { name: named.name })} tone="danger" onClick={onDelete} data-testid="delete-view">
            <TrashIcon className="size-4.5" />
          </IconButton>
        </div>
      )}
      <button
        type="button"
        onClick={onOpenViews}
        aria-haspopup="dialog"
        data-testid="open-views"
        className="inline-flex min-h-10 shrink-0 items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 lg:hidden"
      >
        {t("views.menuTitle")}
        <ChevronDownIcon aria-hidden className="size-4" />
      </button>
    </div>
  );
}
