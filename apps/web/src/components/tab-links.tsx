"use client";

import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";

type TabLink<Key extends string> = { key: Key; label: ReactNode; href: string };

type TabLinksProps<Key extends string> = {
  /** The accessible name of the group, e.g. "Filter schedules". */
  label: string;
  tabs: readonly TabLink<Key>[];
  current: Key;
  /**
   * A plain left click: the caller changes the URL itself (say, only its
   * query, without a server round trip). Other clicks open new tabs as usual.
   */
  onSelect?: (key: Key) => void;
  /** Stretch over the full width on phones. */
  fullWidthOnPhone?: boolean;
  testId?: string;
};

/** A segmented row of links (the choice lives in the URL), the current one marked with aria-current. */
export function TabLinks<Key extends string>({ label, tabs, current, onSelect, fullWidthOnPhone = false, testId }: TabLinksProps<Key>) {
  return (
    <nav aria-label={label} data-testid={testId}>
      <ul className={`flex gap-1 rounded-xl bg-slate-200/70 p-1 ${fullWidthOnPhone ? "w-full sm:inline-flex sm:w-auto" : "inline-flex"}`}>
        {tabs.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key} className={fullWidthOnPhone ? "flex-1 sm:flex-none" : undefined}>
              <Link
                href={tab.href}
                prefetch={false}
                scroll={false}
                aria-current={active ? "page" : undefined}
                onClick={(event) => {
                  if (!onSelect || !isPlainClick(event)) return;
                  event.preventDefault();
                  onSelect(tab.key);
                }}
                className={`flex items-center justify-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium whitespace-nowrap transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
                  active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:bg-white/60 hover:text-slate-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** A left click without modifier keys; the others open a new tab or window as usual. */
export function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
