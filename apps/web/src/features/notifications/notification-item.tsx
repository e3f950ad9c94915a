"use client";

import { useLocale, useTranslations } from "next-intl";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, type MouseEvent } from "react";
import { CalendarIcon, CheckIcon, ListTodoIcon } from "lucide-react";
import { handleNotificationMarkRead, handleNotificationOpenSchedule, handleNotificationOpenTodo, type BellUi, type NotificationEffects } from "./events";
import { absoluteTime, calendarDayHref, estimatedScheduleStart, relativeTime, todoReminderDueAt } from "./labels";
import type { Notification } from "./types";

type ItemProps = { notification: Notification; now: number; timeZone?: string; effects: NotificationEffects; ui: BellUi };

/** One notification: unread ones stand out (tint, dot, bolder text) and can be marked read. */
export function NotificationItem({ notification, now, timeZone, effects, ui }: ItemProps) {
  const t = useTranslations("notifications");
  const locale = useLocale();
  const row = useRef<HTMLLIElement>(null);
  const unread = notification.readAt === null;
  const textId = `notification-${notification.id}`;
  const router = useRouter();
  const estimate = estimatedScheduleStart(notification);
  const todoDueAt = todoReminderDueAt(notification);
  const linkClass =
    "inline-flex items-center gap-1 rounded font-medium text-brand-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

  return (
    <li
      ref={row}
      tabIndex={-1}
      data-unread={unread || undefined}
      className={`flex gap-3 px-4 py-3 outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-inset ${unread ? "bg-brand-50/70" : "bg-white"}`}
    >
      <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${unread ? "bg-brand-600" : "bg-transparent"}`} />
      <div className="min-w-0 flex-1">
        <p id={textId} className={`text-sm break-words ${unread ? "font-medium text-slate-900" : "text-slate-600"}`}>
          {unread && <span className="sr-only">{t("unreadSr")}</span>}
          {notification.text}
        </p>
        <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
          <time dateTime={notification.createdAt.toISOString()} title={absoluteTime(notification.createdAt, locale)} className="text-slate-500">
            {relativeTime(notification.createdAt, now, locale, t("justNow"))}
          </time>
          {estimate && (
            <Link
              href={calendarDayHref(estimate, timeZone)}
              prefetch={false}
              aria-describedby={textId}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                void handleNotificationOpenSchedule(notification, effects, { ...ui, navigate: (url) => router.push(url) }, timeZone);
              }}
              className={linkClass}
            >
              <CalendarIcon className="size-3.5" />
              {t("openInCalendar")}
            </Link>
          )}
          {todoDueAt && (
            <Link
              href={calendarDayHref(todoDueAt, timeZone)}
              prefetch={false}
              aria-describedby={textId}
              data-testid="todo-reminder-link"
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                handleNotificationOpenTodo(notification, effects, { ...ui, navigate: (url) => router.push(url) }, timeZone);
              }}
              className={linkClass}
            >
              <ListTodoIcon className="size-3.5" />
              {t("openInCalendar")}
            </Link>
          )}
          {unread && (
            <button
              type="button"
              aria-describedby={textId}
              onClick={() => {
                // The button goes once read; keep the keyboard on this row.
                row.current?.focus();
                void handleNotificationMarkRead(notification, effects);
              }}
              className="ml-auto inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 font-medium text-slate-600 transition hover:bg-white hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              <CheckIcon className="size-3.5" />
              {t("markRead")}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}

/** A left click without modifier keys; the others open a new tab or window as usual. */
function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
