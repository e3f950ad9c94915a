import type { FeedAnswer } from "../services/calendar-feed-service";

/**
 * A feed answer as HTTP. Calendar apps poll the address every so often, so
 * an unchanged feed costs them a 304 and no body: If-None-Match against the
 * ETag, or (only when no ETag is sent, as RFC 9110 13.2.2 says)
 * If-Modified-Since against Last-Modified.
 */

export type ConditionalHeaders = { ifNoneMatch: string | null; ifModifiedSince: string | null };

/**
 * Every address that does not name a live feed (never made, regenerated,
 * revoked, malformed) gets this same answer, which says nothing about why.
 */
export function feedNotFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export function feedResponse(answer: FeedAnswer, conditional: ConditionalHeaders): Response {
  if (answer.kind === "notFound") return feedNotFound();
  if (answer.kind === "rateLimited") {
    return new Response("Too many requests for this calendar feed; try again later.\n", {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(answer.retryAfterSeconds), "Cache-Control": "no-store" },
    });
  }
  const headers = {
    ETag: answer.etag,
    "Last-Modified": answer.lastModified.toUTCString(),
    // Apps may keep a copy but must ask again before using it; shared caches (proxies) must not keep it: it is personal.
    "Cache-Control": "private, no-cache",
  };
  if (notModified(answer, conditional)) return new Response(null, { status: 304, headers });
  return new Response(answer.body, { status: 200, headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8" } });
}

function notModified(answer: { etag: string; lastModified: Date }, conditional: ConditionalHeaders): boolean {
  if (conditional.ifNoneMatch !== null) {
    return conditional.ifNoneMatch
      .split(",")
      .map((tag) => tag.trim().replace(/^W\//, ""))
      .some((tag) => tag === "*" || tag === answer.etag);
  }
  if (conditional.ifModifiedSince === null) return false;
  const since = Date.parse(conditional.ifModifiedSince);
  // HTTP dates have whole seconds; Last-Modified was sent rounded down to one.
  return !Number.isNaN(since) && Math.floor(answer.lastModified.getTime() / 1000) * 1000 <= since;
}
