"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TodoFilter } from "@planner/domain";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { LoadMore } from "~/components/load-more";
import { todaySections, upcomingSections } from "./day-groups";
import { dayHeading, dayRange, dayWord } from "./due-labels";
import { SortableTodos } from "./sortable-todos";
import { TodoListSkeleton } from "./todo-list-skeleton";
import type { Todo } from "./types";
import type { TodoListState } from "./use-todo-list";
import type { TodoView } from "./views";

type TodoListProps = {
  list: TodoListState;
  view: TodoView;
  filter: TodoFilter;
  readOnly: boolean;
  onRefused: () => void;
  onMoved: (todo: Todo) => void;
};

/** The view's todos: one list, or Today's overdue and today's, or Upcoming's days; with its loading, empty and error states. */
export function TodoList({ list, view, filter, readOnly, onRefused, onMoved }: TodoListProps) {
  const t = useTranslations("todos");
  const locale = useLocale();
  if (list.status === "loading") return <TodoListSkeleton />;
  if (list.missing) return <EmptyState title={t("views.missingTitle")}>{t("views.missingHint")}</EmptyState>;
  if (list.status === "error") return <ErrorState message={t("loadFailed")} onRetry={list.retry} />;
  if (list.todos.length === 0) return <EmptyView view={view} filter={filter} readOnly={readOnly} />;

  const today = list.today ?? "";
  const sortable = (id: string, items: Todo[], label: string) => (
    <SortableTodos id={id} items={items} allItems={list.todos} label={label} onRefused={onRefused} onMoved={onMoved} />
  );
  let body;
  if (view.kind === "today") {
    const sections = todaySections(list.todos);
    body = (
      <>
        {sections.overdue.length > 0 && (
          <Section id="overdue" title={t("sections.overdue")} tone="overdue" count={sections.overdue.length}>
            {sortable("todo-dnd-overdue", sections.overdue, t("sections.overdue"))}
          </Section>
        )}
        {sections.today.length > 0 && (
          <Section id="today" title={t("sections.today")} count={sections.today.length}>
            {sortable("todo-dnd-today", sections.today, t("sections.today"))}
          </Section>
        )}
      </>
    );
  } else if (view.kind === "upcoming") {
    body = upcomingSections(list.todos, today, !list.hasMore).map((section) => {
      if (section.kind === "quiet") {
        return (
          <p key={`quiet-${section.from}`} className="flex items-baseline gap-2 px-1 text-sm text-slate-500" data-testid="quiet-days">
            <span className="font-medium text-slate-600">{dayRange(section.from, section.to, today, locale)}</span>
            <span aria-hidden>·</span>
            <span>{t("sections.quiet")}</span>
          </p>
        );
      }
      const word = dayWord(section.date, today);
      const heading = dayHeading(section.date, today, locale);
      const title = word ? t("sections.dayWithWord", { word: t(`sections.${word}`), day: heading }) : heading;
      return (
        <Section key={section.date} id={`day-${section.date}`} title={title} count={section.items.length} testId={`day-${section.date}`}>
          {sortable(`todo-dnd-${section.date}`, section.items, title)}
        </Section>
      );
    });
  } else {
    body = <Card>{sortable("todo-dnd-list", list.todos, t("listLabel"))}</Card>;
  }

  return (
    <section
      aria-label={t("listLabel")}
      data-todo-list
      tabIndex={-1}
      className="space-y-4 rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {body}
      {list.hasMore && (
        <LoadMore onClick={list.loadMore} loading={list.loadingMore} failed={list.loadMoreFailed} failedMessage={t("loadMoreFailed")} />
      )}
    </section>
  );
}

function Card({ children }: { children: React.ReactNode }) {
  return <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">{children}</div>;
}

function Section({ id, title, count, tone, testId, children }: { id: string; title: string; count: number; tone?: "overdue"; testId?: string; children: React.ReactNode }) {
  const headingId = `todo-section-${id}`;
  return (
    <section aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId} className={`mb-1.5 flex items-baseline gap-2 px-1 text-sm font-semibold ${tone === "overdue" ? "text-red-600" : "text-slate-800"}`}>
        {title}
        <span className="text-xs font-normal text-slate-500 tabular-nums">{count}</span>
      </h3>
      <Card>{children}</Card>
    </section>
  );
}

const EMPTY_FILTERED = {
  open: { title: "empty.openTitle", hint: "empty.openHint" },
  done: { title: "empty.doneTitle", hint: "empty.doneHint" },
} as const;

/** What an empty view says, and what to do about it. */
function EmptyView({ view, filter, readOnly }: { view: TodoView; filter: TodoFilter; readOnly: boolean }) {
  const t = useTranslations("todos");
  if (view.kind === "all") {
    // The first screen a new account sees: the same words as before views existed.
    const words =
      filter === "all"
        ? ({ title: "emptyAllTitle", hint: readOnly ? "emptyAllReadOnly" : "emptyAllHint" } as const)
        : filter === "open"
          ? ({ title: "emptyOpenTitle", hint: "emptyOpenHint" } as const)
          : ({ title: "emptyDoneTitle", hint: "emptyDoneHint" } as const);
    return <EmptyState title={t(words.title)}>{readOnly && filter !== "all" ? null : t(words.hint)}</EmptyState>;
  }
  if (filter !== "all") {
    const words = EMPTY_FILTERED[filter];
    return <EmptyState title={t(words.title)}>{t(words.hint)}</EmptyState>;
  }
  const kind = view.kind as "today";
  return <EmptyState title={t(`empty.${kind}Title`)}>{readOnly ? null : t(`empty.${kind}Hint`)}</EmptyState>;
}
