"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { SearchIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { SEARCH_QUERY_MAX } from "@planner/domain";
import { useSearchShortcut } from "~/features/shortcuts/use-list-shortcuts";
import { handleSearchSubmit } from "./events";

/** The search box's id: its label and the `/` shortcut find it by it. */
export const SEARCH_FIELD = "planner-search";
const ERROR_ID = `${SEARCH_FIELD}-error`;

/**
 * Search across one's schedules and todos: in the calendar's header and atop
 * the results. Enter (or the button) opens the results; `/` puts the cursor here.
 */
export function SearchBox({ initialQuery = "", wide = false }: { initialQuery?: string; wide?: boolean }) {
  const t = useTranslations("search");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  useSearchShortcut(SEARCH_FIELD);

  return (
    <form
      role="search"
      aria-label={t("label")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get("q");
        void handleSearchSubmit(typeof value === "string" ? value : "", { setError, navigate: (url) => router.push(url) });
      }}
      className={`w-full ${wide ? "max-w-xl" : "sm:w-96"}`}
    >
      <label htmlFor={SEARCH_FIELD} className="sr-only">
        {t("label")}
      </label>
      <div className="flex gap-2">
        <div className="relative min-w-0 flex-1">
          <SearchIcon aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
          <input
            id={SEARCH_FIELD}
            name="q"
            type="search"
            defaultValue={initialQuery}
            placeholder={t("placeholder")}
            aria-keyshortcuts="/"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ERROR_ID : undefined}
            autoComplete="off"
            enterKeyHint="search"
            maxLength={SEARCH_QUERY_MAX}
            onChange={() => error && setError(undefined)}
            className={`block h-10 w-full rounded-lg border bg-white pr-3 pl-9 text-sm text-slate-900 shadow-sm outline-none transition placeholder:text-slate-500 focus:ring-2 ${
              error ? "border-red-500 focus:border-red-500 focus:ring-red-100" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100"
            }`}
          />
        </div>
        {/* On a phone the button is its icon, so the field keeps the width for its words. */}
        <button
          type="submit"
          className="inline-flex h-10 shrink-0 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm transition hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          <SearchIcon aria-hidden className="size-4 sm:hidden" />
          <span className="sr-only sm:not-sr-only">{t("submit")}</span>
        </button>
      </div>
      {error && (
        <p id={ERROR_ID} role="alert" className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
