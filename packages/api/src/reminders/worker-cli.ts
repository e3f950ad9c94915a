// `pnpm worker`: the reminder worker as a process of its own, for deployments
// that run the web app with REMINDER_WORKER=off. Any number may run at once.
import { getDatabase } from "@planner/db";
import { apiSettings } from "../settings";
import { validateSettingsOrExit } from "../startup";
import { mailerFromSettings } from "./mailer";
import { startReminderWorker } from "./worker";

validateSettingsOrExit();
const intervalMs = apiSettings().REMINDER_INTERVAL_MS;
const worker = startReminderWorker(getDatabase, { mailer: mailerFromSettings(), intervalMs });
console.info(`[reminders] worker started, polling every ${intervalMs / 1000} s`);

// The interval is unref'd so that it never holds a web server open; here it is the whole job.
const keepAlive = setInterval(() => undefined, 1 << 30);

async function shutdown() {
  clearInterval(keepAlive);
  await worker.stop();
  await (await getDatabase()).close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
