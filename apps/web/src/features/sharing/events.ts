import type { GrantShareValues } from "@planner/domain";
import { settingsSchemas } from "~/features/settings/load-settings-schemas";
import type { Effects } from "~/kit/effects";
import { tr } from "~/i18n/translator";
import { showRefusal } from "~/kit/form-errors";
import { issueMessage } from "~/kit/issue-messages";
import { optimistically, type OptimisticCache } from "~/kit/optimistic";
import { errorMessage } from "~/trpc/errors";
import { invertFollowersChange, type FollowersChange } from "./followers-cache";
import type { Follower } from "./types";

// Event handlers of "Calendar sharing": an owner (in Settings) or an admin (on
// a user's page) lets subscribers read a calendar, and stops it. Validated
// with the server's schema; revoking shows at once and comes back on failure.

/** The grant and revoke mutations of this calendar (the owner's own, or the admin's for an owner). */
export type SharingApi = {
  grant: (input: GrantShareValues) => Promise<Follower[]>;
  revoke: (input: { subscriberId: string }) => Promise<Follower[]>;
};

/** The cached followers list, and what it holds now. */
type SharingCache = OptimisticCache<FollowersChange> & { current: () => Follower[] | undefined };

export type SharingEffects = Effects<SharingApi, SharingCache>;

type GrantShareUi = {
  setFieldError: (message: string) => void;
  /** Empties the field after a grant. */
  clear: () => void;
};

/** "Share" in the form: a subscriber named by username or email. Waits for the server, which names the subscriber. */
export async function handleShareGrantSubmit(values: { subscriber: string }, effects: SharingEffects, ui: GrantShareUi) {
  const { grantShareInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = grantShareInput.safeParse(values);
  if (!parsed.success) {
    ui.setFieldError(parsed.error.issues[0] ? issueMessage(parsed.error.issues[0]) : tr("sharing.enterSubscriber"));
    return;
  }
  const login = parsed.data.subscriber;
  const before = effects.cache.current() ?? [];
  const already = before.find((follower) => follower.subscriber.username === login || follower.subscriber.email === login);
  if (already) {
    ui.setFieldError(tr("sharing.alreadyFollows", { name: already.subscriber.name, username: already.subscriber.username }));
    return;
  }
  effects.cache.prepare();
  try {
    const followers = await effects.api.grant(parsed.data);
    effects.cache.apply({ kind: "listed", followers });
    ui.clear();
    const added = followers.find((follower) => !before.some((known) => known.subscriber.id === follower.subscriber.id));
    effects.notices.success(added ? tr("sharing.nowSees", { name: added.subscriber.name }) : tr("sharing.shared"));
  } catch (error) {
    showRefusal(error, ["subscriber"], {
      setFieldError: (_field, message) => ui.setFieldError(message),
      setFormError: (message) => effects.notices.error(message),
    });
  } finally {
    effects.cache.settle();
  }
}

/** "Stop sharing" confirmed: gone from the list at once, back in its place if the server refuses. */
export async function handleShareRevokeConfirm(follower: Follower, effects: SharingEffects) {
  const { revokeShareInput } = settingsSchemas.now ?? (await settingsSchemas.load());
  const parsed = revokeShareInput.safeParse({ subscriberId: follower.subscriber.id });
  if (!parsed.success) {
    effects.notices.error(tr("sharing.cannotRemove"));
    return;
  }
  const outcome = await optimistically(effects.cache, { kind: "removed", follower }, () => effects.api.revoke(parsed.data), {
    invert: invertFollowersChange,
    confirmed: (followers): FollowersChange => ({ kind: "listed", followers }),
  });
  if (outcome.ok) effects.notices.success(tr("sharing.noLongerSees", { name: follower.subscriber.name }));
  else effects.notices.error(errorMessage(outcome.error));
}
