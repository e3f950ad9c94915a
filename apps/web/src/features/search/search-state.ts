// The search lives in the URL (/search?q=회의), so a reload, the back button
// or a shared link shows the same results.

export const SEARCH_PATH = "/search";

export function searchHref(query: string): string {
  return `${SEARCH_PATH}?${new URLSearchParams({ q: query }).toString()}`;
}

/** The query the URL asks for, as typed (the server trims it and checks it). */
export function readSearchQuery(params: { get: (name: string) => string | null }): string {
  return params.get("q") ?? "";
}

/** The todo list where a found todo shows: the tab of its state, so it is not lost among the others. */
export function todoListHref(done: boolean): string {
  return done ? "/todos?filter=done" : "/todos?filter=open";
}
