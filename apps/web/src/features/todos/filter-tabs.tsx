"use client";

import { useTranslations } from "next-intl";
import { TODO_FILTERS, type TodoFilter } from "@planner/domain";
import { TabLinks } from "~/components/tab-links";
import { handleTodoViewSelect } from "./events";
import type { TodoCounts } from "./types";
import { todoViewHref, type TodoView } from "./views";

/** All / Open / Done within the view, as links (the filter is in the URL), each with its count. */
export function FilterTabs({ view, current, counts }: { view: TodoView; current: TodoFilter; counts: TodoCounts | undefined }) {
  const t = useTranslations("todos");
  const tabs = TODO_FILTERS.map((filter) => ({
    key: filter,
    href: todoViewHref(view, filter),
    label: (
      <>
        {t(`filter${filter}`)}
        <span
          data-testid={`todo-count-${filter}`}
          className={`min-w-6 rounded-full px-1.5 py-0.5 text-center text-xs font-semibold tabular-nums ${
            filter === current ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-500"
          }`}
        >
          {counts ? counts[filter] : "–"}
        </span>
      </>
    ),
  }));
  return (
    <TabLinks
      label={t("filterLabel")}
      tabs={tabs}
      current={current}
      fullWidthOnPhone
      // Only the query changes: no server round trip for the page.
      onSelect={(filter) => handleTodoViewSelect(view, filter, (url) => window.history.pushState(null, "", url))}
    />
  );
}
