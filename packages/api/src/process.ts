// @planner/api/process: what a web server process does once, at start-up.
// Its own entry, apart from ./server, so that the start-up code (Next.js's
// instrumentation, compiled before `pnpm dev` answers anything) loads the
// settings, the database and the reminder worker, not the whole API.
import { getDatabase } from "@planner/db";
import { appClock } from "./clock";
import { appMailer } from "./reminders/mailer";
import { startReminderWorker } from "./reminders/worker";
import { apiSettings } from "./settings";
import { validateSettingsOrExit } from "./startup";

/**
 * Once per server process: validates every setting (exits with one line on a
 * bad one), opens the database, then starts the reminder worker unless REMINDER_WORKER=off.
 */
export function startServerProcess(...webSettings: (() => unknown)[]): void {
  validateSettingsOrExit(...webSettings);
  // Opened now rather than by the first request, so that the database starts
  // (and the embedded one checks its migrations) while Next.js is still
  // starting. A failure is logged; the first request that needs it tries again.
  getDatabase().catch((error: unknown) => console.error("[db] could not open the database; requests will retry:", error));
  const { REMINDER_WORKER, REMINDER_INTERVAL_MS } = apiSettings();
  if (REMINDER_WORKER) {
    startReminderWorker(getDatabase, { now: appClock.now, mailer: appMailer(), intervalMs: REMINDER_INTERVAL_MS });
  }
}
