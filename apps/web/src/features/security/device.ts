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
