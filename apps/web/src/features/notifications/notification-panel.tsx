"use client";

import { useTranslations } from "next-intl";

import { LoadMore } from "~/components/load-more";
import { useEffect, useRef } from "react";
import { BellIcon, CheckCheckIcon } from "lucide-react";
import {
  handleMarkAllRead,
  handleNotificationPanelDismiss,
  handleNotificationsLoadMore,
  handleNotificationsRetry,
  type BellUi,
  type NotificationEffects,
} from "./events";
import { NotificationItem } from "./notification-item";
import { NotificationListSkeleton } from "./notification-list-skeleton";
import { useNotificationList, type NotificationListState } from "./use-notification-list";
import { useNow } from "./use-now";

const CLOCK_TICK_MS = 30_000;

// The panel hangs from the sticky header (its containing block). From `sm` up its
// right edge lines up with the header's content, which is max-w-6xl (72rem) with px-4.
const ALIGN_WITH_HEADER_CONTENT = "sm:left-auto sm:right-[max(1rem,calc((100%-72rem)/2+1rem))]";

type PanelProps = { id: string; unread: number; timeZone?: string; effects: NotificationEffects; ui: BellUi };

/** The open bell: a non-modal dialog that takes focus when it opens. */
export function NotificationPanel({ id, unread, timeZone, effects, ui }: PanelProps) {
  const t = useTranslations("notifications");
  const panel = useRef<HTMLDivElement>(null);
  const list = useNotificationList();
  const now = useNow(CLOCK_TICK_MS);
  const titleId = `${id}-title`;
  const anyUnread = unread > 0 || list.notifications.some((notification) => !notification.readAt);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  return (
    <>
      {/* Phones: the page under the panel dims, and a tap on it closes the panel. */}
      <div
        aria-hidden
        onClick={() => handleNotificationPanelDismiss("outside", ui)}
        className="absolute inset-x-0 top-full z-30 h-dvh bg-black/25 sm:hidden"
      />
      <div
        ref={panel}
        id={id}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`absolute inset-x-0 top-full z-30 flex flex-col border-y border-slate-200 bg-white shadow-lg outline-none sm:mt-2 sm:w-96 sm:rounded-xl sm:border sm:shadow-xl ${ALIGN_WITH_HEADER_CONTENT}`}
      >
        <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
          <div className="flex items-baseline gap-2">
            <h2 id={titleId} className="text-sm font-semibold text-slate-900">
              {t("title")}
            </h2>
            {unread > 0 && <span className="text-xs font-medium text-slate-500">{t("unreadCount", { count: unread })}</span>}
          </div>
          <button
            type="button"
            disabled={!anyUnread}
            onClick={() => {
              // The button turns disabled at once; keep the keyboard in the panel.
              panel.current?.focus();
              void handleMarkAllRead(effects);
            }}
            className="-my-1 -mr-2 inline-flex items-center gap-1.5 rounded-lg px-2 py-1 text-sm font-medium text-brand-700 transition hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-default disabled:text-slate-400 disabled:hover:bg-transparent"
          >
            <CheckCheckIcon className="size-4" />
            {t("markAllRead")}
          </button>
        </div>
        <div className="max-h-[calc(100dvh-13rem)] overflow-y-auto overscroll-contain sm:max-h-[28rem]">
          <PanelBody list={list} now={now} timeZone={timeZone} effects={effects} ui={ui} />
        </div>
      </div>
    </>
  );
}

type PanelBodyProps = { list: NotificationListState; now: number; timeZone?: string; effects: NotificationEffects; ui: BellUi };

function PanelBody({ list, now, timeZone, effects, ui }: PanelBodyProps) {
  const t = useTranslations("notifications");
  const tc = useTranslations("common");
  if (list.status === "loading") return <NotificationListSkeleton />;
  if (list.status === "error") {
    return (
      <div role="alert" data-testid="notifications-error" className="px-4 py-8 text-center">
        <p className="text-sm font-medium text-slate-900">{t("loadFailed")}</p>
        <p className="mt-1 text-sm text-slate-600">{t("checkConnection")}</p>
        <button
          type="button"
          onClick={() => handleNotificationsRetry(list)}
          className="mt-3 rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {tc("tryAgain")}
        </button>
      </div>
    );
  }
  if (list.notifications.length === 0) {
    return (
      <div className="flex flex-col items-center px-6 py-10 text-center">
        <span aria-hidden className="grid size-11 place-items-center rounded-full bg-brand-50 text-brand-600">
          <BellIcon className="size-5" />
        </span>
        <h3 className="mt-3 text-sm font-semibold text-slate-900">{t("caughtUp")}</h3>
        <p className="mt-1 max-w-xs text-sm text-slate-600">{t("caughtUpHint")}</p>
      </div>
    );
  }
  return (
    <>
      <ul aria-label={t("title")} className="divide-y divide-slate-100">
        {list.notifications.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} now={now} timeZone={timeZone} effects={effects} ui={ui} />
        ))}
      </ul>
      {list.hasMore && (
        <LoadMore
          onClick={() => handleNotificationsLoadMore(list)}
          loading={list.loadingMore}
          failed={list.loadMoreFailed}
          failedMessage={t("loadMoreFailed")}
          errorTestId="notifications-load-more-error"
          className="border-t border-slate-100 px-4 py-3"
          size="sm"
        />
      )}
    </>
  );
}
