import { appClock, mailerFromEnv, startReminderWorker } from "@planner/api";
import { getDatabase } from "@planner/db";

// The reminder worker lives inside the web server by default. Set
// REMINDER_WORKER=off to run it as its own process instead (`pnpm worker`);
// any number of either may run against one database.
if (process.env.REMINDER_WORKER !== "off") {
  startReminderWorker(getDatabase, {
    now: appClock.now,
    mailer: mailerFromEnv(),
    intervalMs: Number(process.env.REMINDER_INTERVAL_MS) || 15_000,
  });
}
