// The security headers of every response, decided here and nowhere else.
// next.config.ts sends the fixed ones on every path, static files included; the
// middleware adds what depends on the request: the Content-Security-Policy with
// a fresh nonce, HSTS behind TLS, and no-store on the API. Pure functions, so
// the policy is unit-tested without a server.

/** The request header through which the middleware hands the nonce to server components. */
export const NONCE_HEADER = "x-nonce";

/** Two years, the usual value; no `preload`: that is a promise for the whole domain, the operator's to make. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Headers that are the same on every response (pages, API, static files). */
export const fixedSecurityHeaders: Readonly<Record<string, string>> = {
  // Browsers must not guess a script or a style out of a JSON or text response.
  "X-Content-Type-Options": "nosniff",
  // Other sites learn our origin at most, never a path such as /admin/users/<id>.
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // CSP's frame-ancestors says the same; this is for browsers that predate it.
  "X-Frame-Options": "DENY",
  // The app uses none of these; an injected script cannot ask for them either.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // A page we open, or that opens us, gets no handle on our window.
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * The tRPC endpoint (/api/trpc) and the REST API (/api/v1) are served without
 * the middleware: they answer JSON, never a page, so the per-request nonce and policy bought nothing there,
 * while running the middleware was a few percent of every API call's CPU
 * (pnpm bench:http). next.config.ts sends it these fixed headers instead: no
 * copies kept anywhere, and a policy that lets nothing load or frame it.
 */
export const TRPC_PATH = "/api/trpc";
export const REST_PATH = "/api/v1";
export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

/** 128 random bits, base64: a new one for every request, so an attacker cannot know it in advance. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type PolicyOptions = {
  nonce: string;
  /** `next dev` only: React Refresh evaluates code with eval(). */
  development: boolean;
  https: boolean;
};

/**
 * The Content-Security-Policy of a response. Scripts run only with this
 * request's nonce; Next renders it onto its own scripts (it reads the nonce from
 * this header on the request), and 'strict-dynamic' lets those scripts load the
 * page's chunks, so no list of script URLs is kept here.
 */
export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])].join(" "),
    // Inline styles are allowed on purpose: FullCalendar sets style attributes on
    // events and rows, sonner and next-themes insert <style> elements, and style
    // attributes cannot carry a nonce at all. A nonce in style-src would switch
    // 'unsafe-inline' off. Styles cannot run code; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The service worker (/sw.js). Without this the worker would fall under
    // script-src, where 'strict-dynamic' ignores 'self': only our own file may be one.
    "worker-src 'self'",
    // The web app manifest (/manifest.webmanifest).
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind TLS: on plain http it would send every sub-request to an https port that is not there.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Whether the browser reached us over TLS: the request's own URL, or the
 * X-Forwarded-Proto of a TLS-terminating proxy in front of `next start`. A client
 * that forges the header over plain http gains nothing: browsers ignore HSTS there.
 */
export function isHttps(protocol: string, forwardedProto: string | null): boolean {
  return protocol === "https:" || forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/**
 * The API's interactive docs (Swagger UI), a page of its own outside React: its
 * HTML, swagger-ui-bundle.js, swagger-ui.css and our init script are all served
 * by this app (src/app/api/docs). The files under it are the same for everyone.
 */
export const API_DOCS_PATH = "/api/docs";

/**
 * The docs page's policy: only what Swagger UI needs. Its scripts are files of
 * ours (no inline script, so no nonce and no 'strict-dynamic'); it calls only
 * this origin (the OpenAPI document and try-it requests to /api/v1).
 */
export function apiDocsContentSecurityPolicy({ https }: { https: boolean }): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // No 'unsafe-inline': Swagger UI 5 sets its inline styles through the DOM
    // (React's style prop), which CSP does not govern, and writes no style
    // attribute or <style> element; listing, Authorize, try-it and the schemas
    // ran without a refusal under this policy (e2e/api-docs.spec.ts).
    "style-src 'self'",
    // swagger-ui.css draws its icons as data: SVGs.
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    // Its forms (Authorize, Execute) are handled by script; nothing is posted by the browser.
    "form-action 'none'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const isApiDocsAsset = (pathname: string) => pathname.startsWith(`${API_DOCS_PATH}/`);

/**
 * The calendar feed (/api/calendar/<secret>.ics) says itself how it may be
 * kept: calendar apps keep their copy and ask again with its ETag
 * ("private, no-cache"), which no-store would forbid.
 */
export const CALENDAR_FEED_PATH = "/api/calendar/";
const isCalendarFeed = (pathname: string) => pathname.startsWith(CALENDAR_FEED_PATH);

export type RequestFacts = {
  pathname: string;
  nonce: string;
  development: boolean;
  https: boolean;
};

/** The headers the middleware adds to a response, on top of `fixedSecurityHeaders`. */
export function requestSecurityHeaders({ pathname, nonce, development, https }: RequestFacts) {
  const headers: { "Content-Security-Policy": string; [name: string]: string } = {
    "Content-Security-Policy":
      pathname === API_DOCS_PATH ? apiDocsContentSecurityPolicy({ https }) : contentSecurityPolicy({ nonce, development, https }),
  };
  if (https) headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  // API answers are personal (a session, todos, schedules): no browser or proxy may keep a copy.
  // The docs page's files are not: their route sets how long they may be kept.
  if ((pathname === "/api" || pathname.startsWith("/api/")) && !isApiDocsAsset(pathname) && !isCalendarFeed(pathname)) headers["Cache-Control"] = "no-store";
  return headers;
}
