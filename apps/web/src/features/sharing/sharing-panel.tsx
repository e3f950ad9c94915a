"use client";

import { FollowersList } from "./followers-list";
import { GrantShareForm } from "./grant-share-form";
import type { SharingEffects } from "./events";
import type { FollowersState } from "./use-sharing";

/** Followers of a calendar and a way to add one: the body of a "Calendar sharing" section (one per page). */
export function SharingPanel({ followers, effects, calendarName }: { followers: FollowersState; effects: SharingEffects; calendarName: string }) {
  return (
    <div className="space-y-4">
      <FollowersList followers={followers} effects={effects} calendarName={calendarName} />
      <GrantShareForm effects={effects} fieldId="share-subscriber" />
    </div>
  );
}
