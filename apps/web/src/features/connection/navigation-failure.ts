// Which page a navigation could not reach, for the error page to show. Set
// from outside React (the fetch wrapper runs before the app), so a tiny store.

type Listener = () => void;

let failedUrl: string | null = null;
const listeners = new Set<Listener>();

export const navigationFailure = {
  get: (): string | null => failedUrl,
  set: (url: string | null) => {
    failedUrl = url;
    for (const listener of listeners) listener();
  },
  subscribe: (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
