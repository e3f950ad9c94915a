"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { EmptyState } from "~/components/empty-state";
import { ErrorState } from "~/components/error-state";
import { RowSkeleton } from "~/components/row-skeleton";
import { useListShortcuts } from "~/features/shortcuts/use-list-shortcuts";
import { SearchBox } from "./search-box";
import { SearchResults } from "./search-results";
import { readSearchQuery } from "./search-state";
import type { SearchResults as Results } from "./types";
import { useSearch } from "./use-search";

/** The search page below its header: the box, then the results of the URL's query. */
export function SearchScreen() {
  const t = useTranslations("search");
  const query = readSearchQuery(useSearchParams());
  const search = useSearch(query);
  useListShortcuts();

  return (
    <div className="space-y-4">
      {/* A new query starts the box again from the URL's. */}
      <SearchBox key={query} initialQuery={query} wide />
      {search.status === "idle" ? (
        <p className="text-sm text-slate-600">{t("prompt")}</p>
      ) : search.status === "loading" ? (
        <RowSkeleton label={t("searching")} rows={3} leading="icon" />
      ) : search.status === "error" ? (
        <ErrorState message={t("failed")} onRetry={search.retry} />
      ) : (
        <Found results={search.results} />
      )}
    </div>
  );
}

function Found({ results }: { results: Results }) {
  const t = useTranslations("search");
  if (results.upcoming.length + results.past.length + results.todos.length === 0) {
    return (
      <div data-testid="search-empty">
        <EmptyState title={t("emptyTitle", { query: results.query })}>{t("emptyHint")}</EmptyState>
      </div>
    );
  }
  return (
    <>
      <p role="status" className="sr-only">
        {t("found", { query: results.query })}
      </p>
      <SearchResults results={results} />
    </>
  );
}
