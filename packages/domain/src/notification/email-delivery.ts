/**
 * The e-mail copy of a notification is retried on the worker's next runs and
 * given up after this many attempts; the in-app notification stays either way.
 * An attempt counts from the moment it is claimed, so an e-mail whose sending
 * crashes the worker cannot be retried for ever.
 */
export const MAX_EMAIL_ATTEMPTS = 5;

/** Where a failed e-mail goes after its `attempts`-th attempt: back to the queue, or given up. */
export function emailStatusAfterFailure(attempts: number): "PENDING" | "FAILED" {
  return attempts >= MAX_EMAIL_ATTEMPTS ? "FAILED" : "PENDING";
}
