/**
 * Runs once when the server starts: the reminder worker lives inside the web
 * server by default. Set REMINDER_WORKER=off to run it as its own process
 * instead (`pnpm worker`); any number of either may run against one database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.REMINDER_WORKER === "off") return;
  const { appClock, mailerFromEnv, startReminderWorker } = await import("@planner/api");
  const { getDatabase } = await import("@planner/db");
  startReminderWorker(getDatabase, {
    now: appClock.now,
    mailer: mailerFromEnv(),
    intervalMs: Number(process.env.REMINDER_INTERVAL_MS) || 15_000,
  });
}
