/** A change the page would not send because it is offline (offline-link.ts); trpc/errors.ts words it. */
export class OfflineRefusal extends Error {
  constructor() {
    super("Offline: the change was not sent.");
    this.name = "OfflineRefusal";
  }
}

/** Whether an error (or what it wraps, as a TRPCClientError does) is that refusal. */
export function isOfflineRefusal(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth += 1) {
    if (current.name === "OfflineRefusal") return true;
  }
  return false;
}
