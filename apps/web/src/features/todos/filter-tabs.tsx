"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { TODO_FILTERS, type TodoFilter } from "@planner/domain";
import { handleTodoFilterSelect, todoFilterHref } from "./events";
import type { TodoCounts } from "./types";

/** All / Open / Done as links (the filter is in the URL), the current one marked with aria-current. */
export function FilterTabs({ current, counts }: { current: TodoFilter; counts: TodoCounts | undefined }) {
  const t = useTranslations("todos");
  return (
    <nav aria-label={t("filterLabel")}>
      <ul className="flex w-full gap-1 rounded-xl bg-slate-200/70 p-1 sm:inline-flex sm:w-auto">
        {TODO_FILTERS.map((filter) => {
          const active = filter === current;
          return (
            <li key={filter} className="flex-1 sm:flex-none">
              <Link
                href={todoFilterHref(filter)}
                prefetch={false}
                scroll={false}
                aria-current={active ? "page" : undefined}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  // Only the query changes: no server round trip for the page.
                  handleTodoFilterSelect(filter, (url) => window.history.pushState(null, "", url));
                }}
                className={`flex items-center justify-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                  active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:bg-white/60 hover:text-slate-900"
                }`}
              >
                {t(`filter${filter}`)}
                <span
                  data-testid={`todo-count-${filter}`}
                  className={`min-w-6 rounded-full px-1.5 py-0.5 text-center text-xs font-semibold tabular-nums ${
                    active ? "bg-brand-50 text-brand-700" : "bg-slate-100 text-slate-500"
                  }`}
                >
                  {counts ? counts[filter] : "–"}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A left click without modifier keys; the others open a new tab or window as usual. */
function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
