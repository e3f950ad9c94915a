import type { z } from "zod";
import { grantShareInput, revokeShareInput } from "@planner/domain";
import { errorMessage, serverFieldErrors } from "~/trpc/errors";
import type { Follower } from "./types";

// Event handlers of "Calendar sharing": an owner (in Settings) or an admin (on
// a user's page) lets subscribers read a calendar, and stops it. Validated
// with the server's schema; revoking shows at once and comes back on failure.

export type GrantShareValues = z.output<typeof grantShareInput>;

/** The grant and revoke mutations of this calendar (the owner's own, or the admin's for an owner). */
export type SharingApi = {
  grant(input: GrantShareValues): Promise<Follower[]>;
  revoke(input: { subscriberId: string }): Promise<Follower[]>;
};

/** The cached followers list. */
export type SharingCache = {
  /** Stops a refetch from undoing an edit on screen. */
  prepare(): void;
  current(): Follower[] | undefined;
  show(followers: Follower[]): void;
  /** Refetches once nothing is on its way. */
  settle(): void;
};

export type SharingNotices = { success(message: string): void; error(message: string): void };

export type SharingEffects = { api: SharingApi; cache: SharingCache; notices: SharingNotices };

export type GrantShareUi = {
  setFieldError(message: string): void;
  /** Empties the field after a grant. */
  clear(): void;
};

/** "Share" in the form: a subscriber named by username or email. */
export async function handleShareGrantSubmit(values: { subscriber: string }, effects: SharingEffects, ui: GrantShareUi) {
  const parsed = grantShareInput.safeParse(values);
  if (!parsed.success) {
    ui.setFieldError(parsed.error.issues[0]?.message ?? "Enter the subscriber's username or email.");
    return;
  }
  const login = parsed.data.subscriber;
  const before = effects.cache.current() ?? [];
  const already = before.find((follower) => follower.subscriber.username === login || follower.subscriber.email === login);
  if (already) {
    ui.setFieldError(`${already.subscriber.name} (@${already.subscriber.username}) already follows this calendar.`);
    return;
  }
  effects.cache.prepare();
  try {
    const followers = await effects.api.grant(parsed.data);
    effects.cache.show(followers);
    ui.clear();
    const added = followers.find((follower) => !before.some((known) => known.subscriber.id === follower.subscriber.id));
    effects.notices.success(added ? `${added.subscriber.name} can now see this calendar.` : "Shared.");
  } catch (error) {
    const fieldError = serverFieldErrors(error).subscriber?.[0];
    if (fieldError) ui.setFieldError(fieldError);
    else effects.notices.error(errorMessage(error));
  } finally {
    effects.cache.settle();
  }
}

/** "Stop sharing" confirmed: gone from the list at once, back in its place if the server refuses. */
export async function handleShareRevokeConfirm(follower: Follower, effects: SharingEffects) {
  const parsed = revokeShareInput.safeParse({ subscriberId: follower.subscriber.id });
  if (!parsed.success) {
    effects.notices.error(parsed.error.issues[0]?.message ?? "That follower cannot be removed.");
    return;
  }
  effects.cache.prepare();
  effects.cache.show(withoutFollower(effects.cache.current() ?? [], follower.subscriber.id));
  try {
    effects.cache.show(await effects.api.revoke(parsed.data));
    effects.notices.success(`${follower.subscriber.name} can no longer see this calendar.`);
  } catch (error) {
    effects.cache.show(withFollower(effects.cache.current() ?? [], follower));
    effects.notices.error(errorMessage(error));
  } finally {
    effects.cache.settle();
  }
}

export function withoutFollower(followers: Follower[], subscriberId: string): Follower[] {
  return followers.filter((follower) => follower.subscriber.id !== subscriberId);
}

/** Puts a follower back where it was: the list is oldest grant first. */
export function withFollower(followers: Follower[], follower: Follower): Follower[] {
  const rest = withoutFollower(followers, follower.subscriber.id);
  const index = rest.findIndex((other) => other.grantedAt.getTime() > follower.grantedAt.getTime());
  return index === -1 ? [...rest, follower] : [...rest.slice(0, index), follower, ...rest.slice(index)];
}
