// A reminder worker in a process of its own, for the exactly-once tests:
// delivers everything due on the database at DATABASE_URL, as of REMINDER_NOW.
// With KILL_AFTER_BATCHES=n it SIGKILLs itself in the middle of batch n+1,
// after writing that batch's notifications and before committing them.
import { openDatabase } from "@planner/db";
import { deliverDueReminders } from "../../src/reminders/worker";

const db = await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL! }, { poolSize: 2 });
const now = new Date(process.env.REMINDER_NOW!);
const killAfter = process.env.KILL_AFTER_BATCHES ? Number(process.env.KILL_AFTER_BATCHES) : null;
let batches = 0;

const result = await deliverDueReminders(db, {
  now: () => now,
  batchSize: Number(process.env.BATCH_SIZE ?? 200),
  beforeCommit: () => {
    if (killAfter !== null && batches === killAfter) process.kill(process.pid, "SIGKILL");
    batches += 1;
  },
});
process.stdout.write(JSON.stringify(result));
await db.close();
process.exit(0);
