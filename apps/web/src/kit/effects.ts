// The shapes every feature's event handlers act on. A handler gets its
// effects injected (the views build them from tRPC, the query cache and
// sonner; the unit tests from plain fakes), so none of that is imported there.

/** Toasts. */
export type Notices = {
  success: (message: string) => void;
  error: (message: string) => void;
};

/** What a feature's handlers act on: its mutations, its cache and its toasts. */
export type Effects<Api, Cache, FeatureNotices = Notices> = { api: Api; cache: Cache; notices: FeatureNotices };
