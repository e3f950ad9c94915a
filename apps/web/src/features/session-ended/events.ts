import { serverErrorCode } from "~/trpc/errors";

// A session can end while a page is open: logged out in another tab or device,
// signed out from Settings → Security, expired. Every later call answers
// UNAUTHORIZED; the page then says so once and offers to log in again, back to
// where the person was.

export type SessionEndedEffects = { showSessionEnded: () => void };

/** Any failed tRPC query or mutation: a session that ended shows the log-in notice. */
export function handleApiError(error: unknown, effects: SessionEndedEffects): boolean {
  if (serverErrorCode(error) !== "UNAUTHORIZED") return false;
  effects.showSessionEnded();
  return true;
}

/** The log-in page, coming back to this page (path and query) afterwards. */
export function logInAgainHref(pathname: string, search: string): string {
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : "";
  return `/login?${new URLSearchParams({ callbackUrl: `${pathname}${query}` }).toString()}`;
}
