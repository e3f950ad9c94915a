import type { CalendarFeedRecord, Database } from "@planner/db";
import {
  CALENDAR_FEED_PREFIX,
  FEED_RATE_WINDOW_SECONDS,
  FEED_REQUESTS_PER_MINUTE,
  REPEATS_FOREVER,
  calendarFeedPath,
  feedHistoryStart,
  feedRateKey,
  secondsUntilWindowEnds,
  secretOfFeedSegment,
  type Actor,
  type RegenerateCalendarFeedValues,
  type UpdateCalendarFeedValues,
} from "@planner/domain";
import { createHash } from "node:crypto";
import { renderCalendar } from "../calendar/ical-calendar";
import type { Credential } from "../middlewares/require-session";
import { assertLogInSession } from "./log-in-session";
import { hashSecret, newSecret } from "../tokens/secrets";
import { found } from "./found";

/**
 * Settings → Calendar feed, and the feed itself.
 *
 * The address is shown in full once, right after it is made or replaced, and
 * never again: only its hash is stored (as for API tokens), so neither a copy
 * of the database nor an admin can read a working address out of it. Settings
 * afterwards shows its first characters; someone who lost it makes a new one
 * (and the old one stops working, which is what a lost address needs anyway).
 * Making, replacing and widening it (shared calendars) need the log-in
 * cookie: a leaked API token must not turn itself into an address that reads
 * the calendar for ever.
 */

const NOT_FOUND = "Your calendar feed";

export type CalendarFeedStatus = { feed: CalendarFeedRecord | null };
export type CreatedCalendarFeed = { feed: CalendarFeedRecord; path: string };

export async function ownCalendarFeed(db: Database, actor: Actor): Promise<CalendarFeedStatus> {
  return { feed: await db.calendarFeeds.findOwn(actor.userId) };
}

/** Makes the address, or replaces it: the old one answers 404 from now on. */
export async function regenerateCalendarFeed(
  db: Database,
  caller: { actor: Actor; credential: Credential },
  input: RegenerateCalendarFeedValues,
  now: Date,
): Promise<CreatedCalendarFeed> {
  assertLoggedIn(caller.credential);
  const { secret, stored } = newSecret(CALENDAR_FEED_PREFIX);
  const feed = await db.calendarFeeds.putSecret(caller.actor.userId, stored, now, input.includeShared);
  return { feed, path: calendarFeedPath(secret) };
}

export async function updateCalendarFeed(db: Database, caller: { actor: Actor; credential: Credential }, input: UpdateCalendarFeedValues): Promise<CalendarFeedStatus> {
  assertLoggedIn(caller.credential);
  return { feed: found(await db.calendarFeeds.setIncludeShared(caller.actor.userId, input.includeShared), NOT_FOUND, "calendarFeedNotFound") };
}

/** The address stops working; apps subscribed to it keep what they last fetched. */
export async function revokeCalendarFeed(db: Database, actor: Actor): Promise<{ revoked: true }> {
  found((await db.calendarFeeds.delete(actor.userId)) ? actor.userId : null, NOT_FOUND, "calendarFeedNotFound");
  return { revoked: true };
}

function assertLoggedIn(credential: Credential): void {
  assertLogInSession(credential, "A calendar feed address is made and changed in Settings, after logging in; not with an API token.", "calendarFeedNeedsLogIn");
}

/** What a feed request gets: nothing (the same for every kind of wrong address), a pause, or the calendar. */
export type FeedAnswer =
  | { kind: "notFound" }
  | { kind: "rateLimited"; retryAfterSeconds: number }
  | { kind: "calendar"; body: string; etag: string; lastModified: Date };

/**
 * GET /api/calendar/<secret>.ics: the account's schedules (and, if chosen,
 * those of the calendars shared with it) from a year back on, as iCalendar.
 * The ETag is the body's hash; Last-Modified is when the body last changed
 * (kept with the feed: deleting a schedule changes the body without any row's
 * updated_at moving forward).
 */
export async function calendarFeedFor(db: Database, segment: string, now: Date): Promise<FeedAnswer> {
  const secret = secretOfFeedSegment(segment);
  if (!secret) return { kind: "notFound" };
  const tokenHash = hashSecret(secret);
  const feed = await db.calendarFeeds.findByHash(tokenHash);
  if (!feed) return { kind: "notFound" };

  const window = await db.rateLimits.hit(feedRateKey(feed.userId), FEED_RATE_WINDOW_SECONDS, now);
  if (window.count > FEED_REQUESTS_PER_MINUTE) {
    return { kind: "rateLimited", retryAfterSeconds: secondsUntilWindowEnds(window.windowStartedAt, FEED_RATE_WINDOW_SECONDS, now) };
  }

  const rows = await db.schedules.findVisibleInRange(feed.userId, feed.includeShared, { from: feedHistoryStart(now), to: REPEATS_FOREVER });
  const ownerZones = await db.users.timeZonesOf([...new Set([feed.userId, ...rows.map((row) => row.ownerId)])]);
  const body = renderCalendar(rows, { name: `Planner: ${feed.account.name}`, readerId: feed.userId, ownerZones, publish: false });
  const hash = createHash("sha256").update(body).digest("hex");

  let lastModified = feed.contentChangedAt;
  if (feed.contentHash !== hash || !lastModified) {
    lastModified = now;
    await db.calendarFeeds.recordContent(feed.userId, tokenHash, hash, now);
  }
  return { kind: "calendar", body, etag: `"${hash}"`, lastModified };
}
