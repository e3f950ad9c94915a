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

export type ServerProcessOptions = {
  /** The web app's own settings, checked with the API's and the database's. */
  settings: (() => unknown)[];
  /**
   * When to open the database and start the reminder worker: at once when not
   * given, so that the database starts (and the embedded one checks its
   * migrations) while Next.js is still starting. A request that needs the
   * database before then opens it itself.
   */
  openDatabaseWhen?: Promise<unknown>;
};

/**
 * Once per server process: validates every setting (exits with one line on a
 * bad one), opens the database, then starts the reminder worker unless REMINDER_WORKER=off.
 */
export function startServerProcess({ settings, openDatabaseWhen = Promise.resolve() }: ServerProcessOptions): void {
  validateSettingsOrExit(...settings);
  const { REMINDER_WORKER, REMINDER_INTERVAL_MS } = apiSettings();
  void openDatabaseWhen.then(() => {
    // A failure is logged; the first request that needs the database tries again.
    getDatabase().catch((error: unknown) => console.error("[db] could not open the database; requests will retry:", error));
    if (REMINDER_WORKER) {
      startReminderWorker(getDatabase, { now: appClock.now, mailer: appMailer(), intervalMs: REMINDER_INTERVAL_MS });
    }
  });
}
