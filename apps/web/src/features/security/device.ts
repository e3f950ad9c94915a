import Bowser from "bowser";

/** What a session's browser and device were, from its user agent, for the list of sessions. */
export type Device = { browser: string | null; os: string | null; kind: "desktop" | "phone" | "tablet" };

export function deviceOf(userAgent: string | null): Device {
  if (!userAgent) return { browser: null, os: null, kind: "desktop" };
  const parsed = Bowser.parse(userAgent);
  const platform = parsed.platform.type;
  return {
    browser: parsed.browser.name ?? null,
    os: parsed.os.name ?? null,
    kind: platform === "mobile" ? "phone" : platform === "tablet" ? "tablet" : "desktop",
  };
}

const PROGRAM_MAX = 40;

/**
 * What a program that logged in through the API calls itself: the first
 * product of its user agent ("curl/8.5.0", "python-requests/2.32.3"), cut
 * short; null when it sent none.
 */
export function programOf(userAgent: string | null): string | null {
  const first = userAgent?.trim().split(/\s+/)[0];
  if (!first) return null;
  return first.length > PROGRAM_MAX ? `${first.slice(0, PROGRAM_MAX - 1)}…` : first;
}
