"use client";

import { useTranslations } from "next-intl";

import { useEffect, useRef, useState } from "react";
import { XIcon, SearchIcon } from "lucide-react";
import { handleUserSearchChange } from "./events";
import type { UsersTableState } from "./users-table-state";

const SEARCH_DEBOUNCE_MS = 300;

/** Username or email, searched once typing pauses; the URL keeps it. */
/** The search box's id: its label and the `/` shortcut find it by it. */
export const USER_SEARCH_FIELD = "user-search";

export function UserSearchField({ state, navigate }: { state: UsersTableState; navigate: (url: string) => void }) {
  const t = useTranslations("admin");
  const [draft, setDraft] = useState(state.q);
  // The last query this field put into the URL: any other change of ?q= came from
  // elsewhere (the back button, "Clear filters") and is shown in the box.
  const sent = useRef(state.q);

  useEffect(() => {
    if (state.q === sent.current) return;
    sent.current = state.q;
    setDraft(state.q);
  }, [state.q]);

  useEffect(() => {
    if (draft.trim() === state.q) return;
    const timer = setTimeout(() => {
      sent.current = draft.trim();
      handleUserSearchChange(draft, state, navigate);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, state, navigate]);

  return (
    <div className="relative w-full min-w-0 sm:w-auto sm:max-w-sm sm:flex-1">
      <label htmlFor={USER_SEARCH_FIELD} className="sr-only">
        {t("searchLabel")}
      </label>
      <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
      <input
        id={USER_SEARCH_FIELD}
        type="search"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches now, without waiting for the pause.
          if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
          event.preventDefault();
          sent.current = draft.trim();
          handleUserSearchChange(draft, state, navigate);
        }}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={254}
        className="block h-10 w-full rounded-lg border border-slate-300 bg-white pr-9 pl-9 text-sm text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100 [&::-webkit-search-cancel-button]:hidden"
      />
      {draft && (
        <button
          type="button"
          aria-label={t("clearSearch")}
          title={t("clearSearch")}
          onClick={() => {
            setDraft("");
            sent.current = "";
            handleUserSearchChange("", state, navigate);
          }}
          className="absolute top-1/2 right-1.5 grid size-7 -translate-y-1/2 place-items-center rounded-md text-slate-400 transition hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <XIcon className="size-4" />
        </button>
      )}
    </div>
  );
}
