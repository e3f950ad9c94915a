import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { logInAgainHref } from "~/features/session-ended/events";
import { REQUEST_PATH_HEADER } from "./request-path-header";

/**
 * Sends a logged-out visitor (or one whose session no longer holds) to the
 * log-in page, which comes back here afterwards.
 *
 * Pages do this, not the middleware: a middleware redirect's Location is
 * rebuilt by Next.js from its own idea of the host, and a server bound to
 * 127.0.0.1 (behind a proxy, or the browser tests) answered
 * `http://localhost:…/login`. A page's redirect keeps the relative path, which
 * the browser resolves against the address it used.
 */
export async function redirectToLogIn(): Promise<never> {
  const requested = (await headers()).get(REQUEST_PATH_HEADER) ?? "/calendar";
  redirect(logInAgainHref(requested, ""));
}
