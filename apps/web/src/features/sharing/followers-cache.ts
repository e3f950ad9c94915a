import type { Follower } from "./types";

// Pure edits of a cached followers list (oldest grant first), for the
// optimistic "Stop sharing". Every edit can be inverted, so a refused one is
// rolled back without undoing others made while it was on its way.

export type FollowersChange =
  | { kind: "removed"; follower: Follower }
  | { kind: "restored"; follower: Follower }
  /** The server's own list, after a grant or a revoke. */
  | { kind: "listed"; followers: Follower[] };

export function invertFollowersChange(change: FollowersChange): FollowersChange {
  switch (change.kind) {
    case "removed":
      return { kind: "restored", follower: change.follower };
    case "restored":
      return { kind: "removed", follower: change.follower };
    case "listed":
      // The server's answer is never taken back: there is nothing older that is truer.
      return change;
  }
}

export function applyFollowersChange(followers: Follower[], change: FollowersChange): Follower[] {
  switch (change.kind) {
    case "removed":
      return withoutFollower(followers, change.follower.subscriber.id);
    case "restored":
      return withFollower(followers, change.follower);
    case "listed":
      return change.followers;
  }
}

function withoutFollower(followers: Follower[], subscriberId: string): Follower[] {
  return followers.filter((follower) => follower.subscriber.id !== subscriberId);
}

/** Puts a follower back where it was: the list is oldest grant first. */
function withFollower(followers: Follower[], follower: Follower): Follower[] {
  const rest = withoutFollower(followers, follower.subscriber.id);
  const index = rest.findIndex((other) => other.grantedAt.getTime() > follower.grantedAt.getTime());
  return index === -1 ? [...rest, follower] : [...rest.slice(0, index), follower, ...rest.slice(index)];
}
