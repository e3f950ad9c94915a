"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { BellIcon } from "lucide-react";
import { useDismiss } from "~/components/use-dismiss";
import { handleBellToggle, handleNotificationPanelDismiss, type BellUi } from "./events";
import { badgeText, bellLabel } from "./labels";
import { useNotificationEffects } from "./use-notification-effects";
import { useUnreadCount } from "./use-unread-count";

// The panel is closed at first paint: its code comes after the page's, fetched
// as soon as the header is up so that the first click opens it without a wait.
const loadPanel = () => import("./notification-panel").then((module) => module.NotificationPanel);
const NotificationPanel = dynamic(loadPanel, { ssr: false });

/**
 * The header's bell: the unread count (polled) and, on click, the panel of
 * notifications. The panel hangs from the sticky header (its containing
 * block): full width under it on phones, at its right edge from `sm` up.
 * `timeZone` is the account's, in which the calendar reads its dates.
 */
export function NotificationBell({ timeZone }: { timeZone?: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount() ?? 0;
  const effects = useNotificationEffects();
  const container = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const ui = useMemo<BellUi>(() => ({ setOpen, focusBell: () => bell.current?.focus() }), []);
  const badge = badgeText(unread);
  useEffect(() => void loadPanel(), []);

  useDismiss(container, open, (reason) => handleNotificationPanelDismiss(reason, ui));

  return (
    <div ref={container}>
      <button
        ref={bell}
        type="button"
        aria-label={bellLabel(unread, t)}
        title={t("notifications.title")}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => handleBellToggle(open, ui)}
        className={`relative grid size-9 place-items-center rounded-lg transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${
          open ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        }`}
      >
        <BellIcon className="size-5" />
        {badge && (
          <span
            aria-hidden
            data-testid="notification-count"
            className="absolute -top-1 -right-1 grid h-5 min-w-5 place-items-center rounded-full bg-red-600 px-1 text-[11px] leading-none font-semibold text-white tabular-nums ring-2 ring-white"
          >
            {badge}
          </span>
        )}
      </button>
      {open && <NotificationPanel id={panelId} unread={unread} timeZone={timeZone} effects={effects} ui={ui} />}
    </div>
  );
}
