"use client";

import { useFormatter, useTranslations } from "next-intl";

import { useState } from "react";
import { Avatar } from "~/components/avatar";
import { ConfirmDialog } from "~/components/confirm-dialog";
import { ErrorState } from "~/components/error-state";
import { RowSkeleton } from "~/components/row-skeleton";
import { handleShareRevokeConfirm, type SharingEffects } from "./events";
import type { Follower } from "./types";
import type { FollowersState } from "./use-sharing";


/** Who may read the calendar, each with "Stop sharing" behind a confirmation. */
export function FollowersList({ followers, effects, calendarName }: { followers: FollowersState; effects: SharingEffects; calendarName: string }) {
  const t = useTranslations("sharing");
  const format = useFormatter();
  const [revoking, setRevoking] = useState<Follower>();

  if (followers.status === "loading") {
    return <RowSkeleton label={t("loadingFollowers")} leading="avatar" />;
  }
  if (followers.status === "error") return <ErrorState message={t("followersLoadFailed")} onRetry={followers.retry} />;
  if (followers.followers.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 px-4 py-5 text-center text-sm text-slate-600" data-testid="no-followers">
        {t("noFollowers", { calendar: calendarName })}
      </p>
    );
  }

  return (
    <>
      <ul aria-label={t("followers")} className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {followers.followers.map((follower) => (
          <li key={follower.subscriber.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2.5">
            <Avatar name={follower.subscriber.name} username={follower.subscriber.username} />
            <div className="min-w-0 flex-1 basis-48">
              <p className="truncate text-sm font-medium text-slate-900">{follower.subscriber.name}</p>
              <p className="truncate text-xs text-slate-500">
                @{follower.subscriber.username} · {follower.subscriber.email}
              </p>
              <p className="text-xs text-slate-500">
                {t.rich("since", {
                  date: format.dateTime(follower.grantedAt, { year: "numeric", month: "short", day: "numeric" }),
                time: (chunks) => <time dateTime={follower.grantedAt.toISOString()}>{chunks}</time>,
                })}
                {follower.grantedBy && t("sharedBy", { username: follower.grantedBy })}
              </p>
            </div>
            <button
              type="button"
              onClick={() => setRevoking(follower)}
              aria-label={t("stopSharingWith", { name: follower.subscriber.name })}
              className="ml-12 shrink-0 rounded-lg border sm:ml-0 border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 transition hover:border-red-300 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
            >
              {t("stopSharing")}
            </button>
          </li>
        ))}
      </ul>
      {revoking && (
        <ConfirmDialog
          title={t("stopSharingQuestion", { name: revoking.subscriber.name })}
          confirmLabel={t("stopSharing")}
          tone="danger"
          testId="revoke-dialog"
          onConfirm={() => void handleShareRevokeConfirm(revoking, effects)}
          onClosed={() => setRevoking(undefined)}
        >
          <p>
            {t("stopSharingBody", { username: revoking.subscriber.username, calendar: calendarName })}
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
