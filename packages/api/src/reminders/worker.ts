import type { Database, DeliveryResult } from "@planner/db";
import type { Mailer } from "./mailer";

export type ReminderWorkerOptions = {
  /** Injectable clock: tests move time instead of waiting a day. */
  now?: () => Date;
  batchSize?: number;
  mailer?: Mailer | null;
  /** Test hook, see ReminderRepository.deliverDue. */
  beforeCommit?: () => Promise<void> | void;
};

/** Delivers due reminders batch after batch until none is due. Safe to run in many processes at once. */
export async function deliverDueReminders(db: Database, options: ReminderWorkerOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? (() => new Date());
  const totals: DeliveryResult = { claimed: 0, delivered: 0, dropped: 0 };
  for (;;) {
    const batch = await db.reminders.deliverDue({
      now: now(),
      batchSize: options.batchSize ?? 500,
      email: Boolean(options.mailer),
      beforeCommit: options.beforeCommit,
    });
    totals.claimed += batch.claimed;
    totals.delivered += batch.delivered;
    totals.dropped += batch.dropped;
    if (batch.claimed === 0) return totals;
  }
}

/** Sends queued e-mail copies until none is left (or every one left has just failed). */
export async function sendPendingEmails(db: Database, mailer: Mailer, batchSize = 20): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await db.notifications.sendPendingEmails(batchSize, (email) => mailer.send(email));
    sent += batch.sent;
    if (batch.sent === 0) return sent;
  }
}

export type RunningWorker = { stop(): Promise<void> };

/**
 * Polls every `intervalMs`: delivers due reminders, then queued e-mail. Runs
 * never overlap; an error is logged and the next tick tries again.
 */
export function startReminderWorker(
  getDb: () => Promise<Database>,
  options: ReminderWorkerOptions & { intervalMs?: number; log?: (message: string, error?: unknown) => void } = {},
): RunningWorker {
  const log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.info(message)));
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    try {
      const db = await getDb();
      const result = await deliverDueReminders(db, options);
      if (result.claimed > 0) log(`[reminders] delivered ${result.delivered}, dropped ${result.dropped} (schedule already started or done)`);
      if (options.mailer) await sendPendingEmails(db, options.mailer);
    } catch (error) {
      log("[reminders] worker tick failed; retrying on the next one:", error);
    }
  };

  const timer = setInterval(() => {
    if (!running && !stopped) running = tick().finally(() => (running = null));
  }, options.intervalMs ?? 15_000);
  timer.unref();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      options.mailer?.close();
    },
  };
}
