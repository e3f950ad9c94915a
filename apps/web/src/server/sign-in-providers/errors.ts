import { AsyncLocalStorage } from "node:async_hooks";

// next-auth sends every failed provider log-in to /login?error=Configuration
// (only a few of its error types are "client safe"), and logs the real error.
// The log-in page needs to say which it was, in the person's language, so the
// route handler runs each request with a slot that next-auth's logger fills,
// and rewrites the redirect with our own reason.

/** Why a provider log-in failed before our own checks; /login has a sentence for each. */
export type ProviderFailure = "cancelled" | "check-failed" | "provider-down" | "failed";

type Slot = { error?: unknown };
const slots = new AsyncLocalStorage<Slot>();

/** next-auth's logger.error: keeps the request's first error for the redirect. */
export function noteAuthError(error: unknown): void {
  const slot = slots.getStore();
  if (slot && slot.error === undefined) slot.error = error;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth += 1) {
    chain.push(current);
    const cause = (current as { cause?: unknown }).cause;
    current = cause && typeof cause === "object" && "err" in cause ? cause.err : cause;
  }
  return chain;
}

/**
 * Which of the four a next-auth error is, from its type and the errors it
 * wraps, and from the callback's own query: a provider's refusal comes back as
 * `?error=` there (next-auth's OAuthCallbackError drops that detail).
 */
export function classifyAuthError(error: unknown, requestUrl?: string): ProviderFailure {
  const chain = causes(error);
  const typeOf = (entry: unknown) => (entry as { type?: unknown }).type;
  const messageOf = (entry: unknown) => (entry instanceof Error ? entry.message : "");
  const first = chain[0] as { type?: unknown } | undefined;
  const url = requestUrl ? new URL(requestUrl, "http://placeholder") : null;
  const providerError = url?.pathname.includes("/callback/") ? url.searchParams.get("error") : null;
  // The person pressed "cancel" (or refused consent) at the provider: OAuth's access_denied.
  if (providerError === "access_denied") return "cancelled";
  // A missing, altered or foreign state, PKCE verifier or nonce.
  if (chain.some((entry) => typeOf(entry) === "InvalidCheck" || /\b(state|nonce|code_verifier|pkce)\b/i.test(messageOf(entry)))) return "check-failed";
  // The provider could not be reached, or answered with something other than OAuth.
  if (
    chain.some(
      (entry) =>
        /fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|socket hang up|unexpected response content-type|discovery/i.test(messageOf(entry)) ||
        (entry as { code?: unknown }).code === "ECONNREFUSED",
    )
  ) {
    return "provider-down";
  }
  if (typeOf(first) === "OAuthCallbackError") return "provider-down";
  return "failed";
}

/**
 * Runs one /api/auth request; a redirect to /login that carries next-auth's
 * error type gets our reason instead (`onFailure` may count it, e.g. for throttling).
 */
export async function withProviderErrors(
  handler: () => Promise<Response>,
  options: { requestUrl?: string; onFailure?: (failure: ProviderFailure) => Promise<void> } = {},
): Promise<Response> {
  const { requestUrl, onFailure } = options;
  const slot: Slot = {};
  const response = await slots.run(slot, handler);
  const failure = () => (slot.error === undefined ? "failed" : classifyAuthError(slot.error, requestUrl));
  const location = response.headers.get("location");
  if (location) {
    if (!isErrorPage(location)) return response;
    const reason = failure();
    await onFailure?.(reason);
    const headers = new Headers(response.headers);
    headers.set("location", withReason(location, reason));
    return new Response(null, { status: response.status, headers });
  }
  // next-auth's browser client asks for the redirect as JSON ({ url }) when it starts a log-in.
  if (slot.error === undefined || !response.headers.get("content-type")?.includes("json")) return response;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  if (typeof body?.url !== "string" || !isErrorPage(body.url)) return response;
  const reason = failure();
  await onFailure?.(reason);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return Response.json({ url: withReason(body.url, reason) }, { status: response.status, headers });
}

/**
 * next-auth's redirect to /login with an error, other than a refused password
 * or code (CredentialsSignin, which the log-in form reads itself from `code`).
 */
function isErrorPage(location: string): boolean {
  const url = new URL(location, "http://placeholder");
  const error = url.searchParams.get("error");
  return url.pathname === "/login" && error !== null && error !== "CredentialsSignin";
}

/** The same /login address (absolute when it was: next-auth's browser client parses it), with our reason. */
function withReason(location: string, reason: ProviderFailure): string {
  const url = new URL(location, "http://placeholder");
  url.search = `?error=${reason}`;
  return url.origin === "http://placeholder" ? `${url.pathname}${url.search}` : url.href;
}
