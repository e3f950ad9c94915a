import type { Database, PublicUser } from "@planner/db";
import { NotFoundError, reminderDefaultsOf, type Actor } from "@planner/domain";
import type { SessionClaims } from "../context";
import { liveCookieSession } from "../session-check";
import { found } from "./found";

/** The caller's own account, as auth.me answers it and the pages read it. */
export type Me = Pick<PublicUser, "id" | "username" | "email" | "name" | "role" | "timeZone" | "locale" | "theme" | "weekStart"> & {
  reminderDefaults: ReturnType<typeof reminderDefaultsOf>;
};

export async function getMe(db: Database, actor: Actor): Promise<Me> {
  const user = found(await db.users.findById(actor.userId), "Your account", "accountNotFound");
  const { id, username, email, name, role, timeZone, locale, theme, weekStart } = user;
  const reminderDefaults = reminderDefaultsOf(user.timedReminderDefaults, user.allDayReminderDefaults);
  return { id, username, email, name, role, timeZone, locale, theme, weekStart, reminderDefaults };
}

/**
 * The account of a log-in cookie while its session holds, as auth.me answers
 * it; null where auth.me refuses (no cookie, an ended session, a deleted
 * account). Without a cookie the database is not asked at all.
 */
export async function accountOfSession(db: () => Promise<Database>, claims: SessionClaims | null, now: Date): Promise<Me | null> {
  if (!claims) return null;
  const database = await db();
  const live = await liveCookieSession(database, claims, now);
  if (!live) return null;
  try {
    return await getMe(database, live.actor);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
