import { openUnder, sealUnder } from "../two-factor/secret-box";

// Between a provider's log-in and the two-step code, the browser holds a note
// saying which account it is logging in to. It is sealed (AES-256-GCM under a
// key of its own, derived from AUTH_SECRET), so it can be neither read nor
// forged, and it lasts a few minutes: the code must come soon after.

const LABEL = "planner provider log-in awaiting a second step v1";
export const PENDING_LOG_IN_SECONDS = 5 * 60;

export function sealPendingLogIn(userId: string, now: Date): string {
  return sealUnder(LABEL, JSON.stringify({ userId, until: now.getTime() + PENDING_LOG_IN_SECONDS * 1000 }));
}

/** The account the note names, or null when it is altered, sealed under another secret, or too old. */
export function openPendingLogIn(sealed: string | undefined, now: Date): string | null {
  if (!sealed) return null;
  try {
    const note = JSON.parse(openUnder(LABEL, sealed)) as { userId?: unknown; until?: unknown };
    if (typeof note.userId !== "string" || typeof note.until !== "number" || note.until < now.getTime()) return null;
    return note.userId;
  } catch {
    return null;
  }
}
