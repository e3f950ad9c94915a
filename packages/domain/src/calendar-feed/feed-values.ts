/**
 * A calendar feed is one secret address per account, /api/calendar/<secret>.ics,
 * that phone and desktop calendar apps poll with no log-in: whoever holds the
 * address reads the calendar. The secret carries a prefix so that people and
 * secret scanners recognise it, like the API tokens' (auth/api-tokens.ts).
 */
export const CALENDAR_FEED_PREFIX = "plc_";
export const CALENDAR_FEED_PATH = "/api/calendar/";
export const CALENDAR_FEED_SUFFIX = ".ics";

/** The prefix and 32 random bytes in base64url (43 characters): what newSecret makes. */
const SECRET_PATTERN = /^plc_[A-Za-z0-9_-]{43}$/;

/** The path of a feed's address (the origin is the server's). */
export function calendarFeedPath(secret: string): string {
  return `${CALENDAR_FEED_PATH}${secret}${CALENDAR_FEED_SUFFIX}`;
}

/**
 * The secret in the last segment of a feed's path ("plc_….ics"), or null when
 * it cannot be one of ours: such a request is answered exactly like an unknown
 * secret, without hashing or looking anything up.
 */
export function secretOfFeedSegment(segment: string): string | null {
  if (!segment.endsWith(CALENDAR_FEED_SUFFIX)) return null;
  const secret = segment.slice(0, -CALENDAR_FEED_SUFFIX.length);
  return SECRET_PATTERN.test(secret) ? secret : null;
}

/**
 * Feed requests per address per minute. A calendar app polls every few
 * minutes at most; this only stops a copied address from being hammered.
 */
export const FEED_REQUESTS_PER_MINUTE = 30;
export const FEED_RATE_WINDOW_SECONDS = 60;
export const feedRateKey = (userId: string) => `feed:${userId}`;

/** How often the feed asks apps to poll (X-PUBLISHED-TTL, REFRESH-INTERVAL); apps may poll less often. */
export const FEED_REFRESH_MINUTES = 60;

/**
 * How far back the feed reaches: schedules that ended more than this many
 * days ago are left out (a repeating one still going is always in), so the
 * file apps download every hour stays small however long the account is used.
 */
export const FEED_HISTORY_DAYS = 365;

export function feedHistoryStart(now: Date): Date {
  return new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
}
