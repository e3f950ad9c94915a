"use client";

import { CalendarSyncIcon, ShieldAlertIcon } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { Role } from "@planner/domain";
import { Button } from "~/components/button";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { ErrorState } from "~/components/error-state";
import { RowSkeleton } from "~/components/row-skeleton";
import { formatDay } from "~/features/admin/labels";
import { maskedFeedAddress } from "./address";
import { handleCalendarFeedCreate, handleCalendarFeedRevokeConfirm, handleCalendarFeedSharedToggle, type CalendarFeedEffects } from "./events";
import { NewFeedAddress } from "./new-feed-address";
import { SubscribeHelp } from "./subscribe-help";
import type { CalendarFeed } from "./types";
import { useCalendarFeed } from "./use-calendar-feed";

/**
 * Settings → Calendar feed. The address is shown in full once, right after it
 * is made or replaced (the server keeps only its hash, like an API token's);
 * later only its start, with "Make a new address" for someone who lost it.
 */
export function CalendarFeedSection({ role }: { role: Role }) {
  const t = useTranslations("calendarFeed");
  const { status, feed, retry, effects } = useCalendarFeed();
  const [address, setAddress] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ui = { created: setAddress };

  const create = async (replacing: boolean) => {
    setBusy(true);
    await handleCalendarFeedCreate({ replacing }, effects, ui);
    setBusy(false);
  };

  return (
    <div className="space-y-4">
      <div role="note" aria-label={t("whoCanSeeTitle")} className="flex gap-3 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2.5 text-sm text-slate-700 sm:px-4">
        <ShieldAlertIcon aria-hidden className="mt-0.5 size-5 shrink-0 text-amber-600" />
        <div className="min-w-0 space-y-1">
          <p className="font-semibold text-slate-900">{t("whoCanSeeTitle")}</p>
          <p>{t("whoCanSee")}</p>
        </div>
      </div>

      {address && <NewFeedAddress key={address} address={address} effects={effects} onDone={() => setAddress(null)} />}

      {status === "loading" ? (
        <RowSkeleton label={t("loading")} leading="icon" rows={1} />
      ) : status === "error" ? (
        <ErrorState message={t("loadFailed")} onRetry={retry} />
      ) : feed ? (
        <FeedRow feed={feed} role={role} effects={effects} busy={busy} onReplace={() => void create(true)} onRevoked={() => setAddress(null)} />
      ) : (
        <div data-testid="calendar-feed-empty" className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center">
          <p className="text-sm font-semibold text-slate-900">{t("emptyTitle")}</p>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-600">{t("emptyNote")}</p>
          <Button className="mt-3" pending={busy} pendingLabel={t("creating")} onClick={() => void create(false)}>
            <CalendarSyncIcon aria-hidden className="size-4" />
            {t("create")}
          </Button>
        </div>
      )}

      <SubscribeHelp />
    </div>
  );
}

function FeedRow({
  feed,
  role,
  effects,
  busy,
  onReplace,
  onRevoked,
}: {
  feed: CalendarFeed;
  role: Role;
  effects: CalendarFeedEffects;
  busy: boolean;
  onReplace: () => void;
  onRevoked: () => void;
}) {
  const t = useTranslations("calendarFeed");
  const locale = useLocale();
  const [confirming, setConfirming] = useState<"replace" | "revoke" | null>(null);
  const replaced = feed.rotatedAt.getTime() !== feed.createdAt.getTime();

  return (
    <div data-testid="calendar-feed" className="space-y-3 rounded-lg border border-slate-200 px-3 py-3 sm:px-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-50 text-brand-700">
          <CalendarSyncIcon className="size-5" />
        </span>
        <div className="min-w-0 flex-1 basis-56">
          <p className="text-sm font-medium text-slate-900">{t("addressLabel")}</p>
          <p className="text-xs text-slate-600">
            <code data-testid="calendar-feed-masked" className="font-mono break-all text-slate-700">
              {maskedFeedAddress(effects.origin(), feed.hint)}
            </code>
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            {replaced ? t("replacedOn", { date: formatDay(feed.rotatedAt, locale) }) : t("createdOn", { date: formatDay(feed.createdAt, locale) })}
            {" · "}
            {t("hiddenNote")}
          </p>
        </div>
      </div>
      {role === "SUBSCRIBER" && (
        <label className="flex w-fit cursor-pointer items-center gap-2.5 text-sm font-medium text-slate-700">
          <input
            type="checkbox"
            role="switch"
            checked={feed.includeShared}
            onChange={(event) => void handleCalendarFeedSharedToggle(event.target.checked, effects)}
            className="peer sr-only"
          />
          <span
            aria-hidden
            className="switch-track relative h-6 w-10 shrink-0 rounded-full bg-slate-300 transition peer-checked:bg-brand-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 after:absolute after:top-0.5 after:left-0.5 after:size-5 after:rounded-full after:bg-white after:shadow after:transition peer-checked:after:translate-x-4"
          />
          {t("includeShared")}
        </label>
      )}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" pending={busy} pendingLabel={t("creating")} onClick={() => setConfirming("replace")}>
          {t("replace")}
        </Button>
        <Button variant="danger-outline" onClick={() => setConfirming("revoke")}>
          {t("revoke")}
        </Button>
      </div>
      {confirming === "replace" && (
        <ConfirmDialog title={t("replaceTitle")} confirmLabel={t("replaceConfirm")} onConfirm={onReplace} onClosed={() => setConfirming(null)} testId="calendar-feed-replace">
          <p>{t("replaceBody")}</p>
        </ConfirmDialog>
      )}
      {confirming === "revoke" && (
        <ConfirmDialog
          title={t("revokeTitle")}
          confirmLabel={t("revokeConfirm")}
          tone="danger"
          onConfirm={() => void handleCalendarFeedRevokeConfirm(effects, { revoked: onRevoked })}
          onClosed={() => setConfirming(null)}
          testId="calendar-feed-revoke"
        >
          <p>{t("revokeBody")}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
