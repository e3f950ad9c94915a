// Whether the page is offline, and since when what it shows was loaded. Fed
// from outside React (the browser's online/offline events, and the tRPC
// fetch, which sees whether an answer came from the server or from the
// service worker's copy), read by the banner and by the link that refuses
// changes; hence a tiny store, like navigation-failure.ts.

export type OfflineState = {
  /** The browser's own idea (navigator.onLine and its events). */
  online: boolean;
  /** The last answer came from the worker's copy: the server did not answer, whatever the browser thinks. */
  fromCopy: boolean;
  /** When what is on screen was loaded from the server: the last answer's time, or the oldest copy shown since. */
  loadedAt: Date | null;
};

export type OfflineEvent =
  | { type: "online" }
  | { type: "offline" }
  | { type: "answered"; at: Date }
  | { type: "answeredFromCopy"; savedAt: Date };

export const initialOfflineState: OfflineState = { online: true, fromCopy: false, loadedAt: null };

export function nextOfflineState(state: OfflineState, event: OfflineEvent): OfflineState {
  switch (event.type) {
    case "online":
      return { ...state, online: true };
    case "offline":
      return { ...state, online: false };
    case "answered":
      return { ...state, fromCopy: false, loadedAt: event.at };
    case "answeredFromCopy": {
      // The screen is as old as the oldest thing on it.
      const loadedAt = state.loadedAt && state.loadedAt < event.savedAt ? state.loadedAt : event.savedAt;
      return { ...state, fromCopy: true, loadedAt };
    }
  }
}

export function isOffline(state: OfflineState): boolean {
  return !state.online || state.fromCopy;
}

type Listener = () => void;

let state: OfflineState = initialOfflineState;
const listeners = new Set<Listener>();

export const offlineStatus = {
  get: (): OfflineState => state,
  /** The server render (and the first client render) is online: the page was just served. */
  getServerSnapshot: (): OfflineState => initialOfflineState,
  report: (event: OfflineEvent) => {
    const next = nextOfflineState(state, event);
    if (next.online === state.online && next.fromCopy === state.fromCopy && next.loadedAt?.getTime() === state.loadedAt?.getTime()) return;
    state = next;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

/** Follows the browser's online and offline events from the start (instrumentation-client). */
export function installOfflineStatus() {
  if (typeof window === "undefined") return;
  offlineStatus.report({ type: navigator.onLine ? "online" : "offline" });
  window.addEventListener("online", () => offlineStatus.report({ type: "online" }));
  window.addEventListener("offline", () => offlineStatus.report({ type: "offline" }));
}
