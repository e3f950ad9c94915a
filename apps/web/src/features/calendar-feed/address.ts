import { CALENDAR_FEED_PATH, CALENDAR_FEED_SUFFIX } from "@planner/domain";

/** The full address calendar apps subscribe to: the server's path on the origin the person is using. */
export function feedAddress(origin: string, path: string): string {
  return `${origin}${path}`;
}

/** The address as Settings shows it later: its first characters, the rest hidden (only its hash is kept). */
export function maskedFeedAddress(origin: string, hint: string): string {
  return `${origin}${CALENDAR_FEED_PATH}${hint}••••••••${CALENDAR_FEED_SUFFIX}`;
}
