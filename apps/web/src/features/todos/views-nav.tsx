"use client";

import { CalendarDaysIcon, CalendarCheckIcon, InboxIcon, ListTodoIcon, PlusIcon, TagIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { IconButton } from "~/components/icon-button";
import { isPlainClick } from "~/components/tab-links";
import { handleTodoViewSelect } from "./events";
import { toneOf } from "./tones";
import type { Label, Project, TodoViewCounts } from "./types";
import { FIXED_VIEWS, sameView, todoViewHref, viewKey, type TodoView } from "./views";

type ViewsNavProps = {
  current: TodoView;
  projects: readonly Project[];
  labels: readonly Label[];
  counts: TodoViewCounts | undefined;
  /** Projects and labels: still coming, failed (with a retry), or here. */
  status: "loading" | "error" | "ready";
  onRetry: () => void;
  canWrite: boolean;
  onNewProject: () => void;
  onNewLabel: () => void;
  /** After a view is chosen (the phone's sheet closes). */
  onChosen?: () => void;
};

const ICONS = { today: CalendarCheckIcon, upcoming: CalendarDaysIcon, inbox: InboxIcon, all: ListTodoIcon };

/** Today, Upcoming, Inbox, All, then each project and each label, with their open counts. Links: the view is in the URL. */
export function ViewsNav({ current, projects, labels, counts, status, onRetry, canWrite, onNewProject, onNewLabel, onChosen }: ViewsNavProps) {
  const t = useTranslations("todos.views");
  const tc = useTranslations("common");
  const countOf = (view: TodoView): number | undefined => {
    if (!counts) return undefined;
    if (view.kind === "today" || view.kind === "upcoming" || view.kind === "inbox") return counts[view.kind];
    if (view.kind === "project") return counts.projects.find((entry) => entry.id === view.id)?.count ?? 0;
    if (view.kind === "label") return counts.labels.find((entry) => entry.id === view.id)?.count ?? 0;
    return undefined;
  };
  const link = (view: TodoView, icon: ReactNode, name: string, extra?: ReactNode) => (
    <ViewLink key={viewKey(view)} view={view} active={sameView(view, current)} icon={icon} name={name} count={countOf(view)} extra={extra} onChosen={onChosen} />
  );

  return (
    <nav aria-label={t("label")} className="space-y-5 text-sm" data-testid="todo-views">
      <ul className="space-y-0.5">
        {FIXED_VIEWS.map((kind) => {
          const Icon = ICONS[kind];
          const overdue = kind === "today" && counts && counts.overdue > 0 ? counts.overdue : 0;
          return link(
            { kind },
            <Icon className={`size-4.5 ${kind === "today" ? "text-emerald-600" : kind === "upcoming" ? "text-violet-600" : "text-brand-600"}`} aria-hidden />,
            t(kind),
            overdue ? (
              <span data-testid="overdue-count" className="rounded-full bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-700 tabular-nums" title={t("overdueCount", { count: overdue })}>
                <span aria-hidden>{overdue}</span>
                <span className="sr-only">{t("overdueCount", { count: overdue })}</span>
              </span>
            ) : undefined,
          );
        })}
      </ul>

      {status === "error" ? (
        <div className="space-y-2 px-3">
          <p className="text-slate-600">{t("loadFailed")}</p>
          <button
            type="button"
            onClick={onRetry}
            className="min-h-8 rounded-lg px-2 font-medium text-brand-700 transition hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {tc("tryAgain")}
          </button>
        </div>
      ) : (
        <>
          <Section title={t("projects")} addLabel={canWrite ? t("newProject") : undefined} onAdd={onNewProject} loading={status === "loading"} empty={projects.length === 0 ? t("noProjects") : undefined}>
            {projects.map((project) =>
              link({ kind: "project", id: project.id }, <span aria-hidden className={`mx-1 size-2.5 shrink-0 rounded-full ${toneOf(project.color).dot}`} />, project.name),
            )}
          </Section>

          <Section title={t("labels")} addLabel={canWrite ? t("newLabel") : undefined} onAdd={onNewLabel} loading={status === "loading"} empty={labels.length === 0 ? t("noLabels") : undefined}>
            {labels.map((label) => link({ kind: "label", id: label.id }, <TagIcon aria-hidden className={`size-4 shrink-0 ${toneOf(label.color).ink}`} />, label.name))}
          </Section>
        </>
      )}
    </nav>
  );
}

type SectionProps = { title: string; addLabel?: string; onAdd: () => void; loading: boolean; empty?: string; children: ReactNode };

function Section({ title, addLabel, onAdd, loading, empty, children }: SectionProps) {
  return (
    <div>
      <div className="flex items-center justify-between pr-1 pl-3">
        <h2 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h2>
        {addLabel && (
          <IconButton label={addLabel} onClick={onAdd} className="size-8">
            <PlusIcon className="size-4" />
          </IconButton>
        )}
      </div>
      {loading ? (
        <div aria-hidden className="space-y-3 px-3 py-2">
          <div className="h-3.5 w-2/3 animate-pulse rounded bg-slate-200" />
          <div className="h-3.5 w-1/2 animate-pulse rounded bg-slate-200" />
        </div>
      ) : empty ? (
        <p className="px-3 py-1 text-slate-500">{empty}</p>
      ) : (
        <ul className="space-y-0.5">{children}</ul>
      )}
    </div>
  );
}

type ViewLinkProps = { view: TodoView; active: boolean; icon: ReactNode; name: string; count: number | undefined; extra?: ReactNode; onChosen?: () => void };

function ViewLink({ view, active, icon, name, count, extra, onChosen }: ViewLinkProps) {
  const t = useTranslations("todos.views");
  return (
    <li>
      <Link
        href={todoViewHref(view)}
        prefetch={false}
        scroll={false}
        aria-current={active ? "page" : undefined}
        data-testid={`view-${viewKey(view)}`}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          // Only the query changes: no server round trip for the page. A new view starts at all its todos.
          handleTodoViewSelect(view, "all", (url) => window.history.pushState(null, "", url));
          onChosen?.();
        }}
        className={`flex min-h-9 items-center gap-2.5 rounded-lg px-3 py-1.5 transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
          active ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        }`}
      >
        {icon}
        <span className="min-w-0 flex-1 truncate">{name}</span>
        {extra}
        {count !== undefined && count > 0 && (
          <span className={`text-xs tabular-nums ${active ? "text-brand-700" : "text-slate-500"}`}>
            <span aria-hidden>{count}</span>
            <span className="sr-only">{t("openCount", { count })}</span>
          </span>
        )}
      </Link>
    </li>
  );
}
