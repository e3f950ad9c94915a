import type { ClaimedEmail, Database, DeliveryResult, DueSchedule, DueTodo, EmailQueuePosition, ReminderPlan } from "@planner/db";
import {
  MAX_EMAIL_ATTEMPTS,
  emailStatusAfterFailure,
  nextReminder,
  nextTodoRemindAt,
  occurrenceReminderKey,
  reminderText,
  remindersToSend,
  todoReminderKey,
  todoReminderText,
  todoRemindersToSend,
  type RemindableSchedule,
} from "@planner/domain";
import { SWEEP_INTERVAL_MS, sweepEnded } from "../maintenance";
import type { Mailer } from "./mailer";

type Log = (message: string, error?: unknown) => void;

export type ReminderWorkerOptions = {
  /** Injectable clock: tests move time instead of waiting a day. */
  now?: () => Date;
  batchSize?: number;
  mailer?: Mailer | null;
  /** Test hook, see ReminderRepository.deliverDue. */
  beforeCommit?: () => Promise<void> | void;
};

/**
 * Delivers due reminders, of schedules and then of todos, batch after batch
 * until none is due. Safe to run in many processes at once. The totals count
 * queue rows of both kinds.
 */
export async function deliverDueReminders(db: Database, options: ReminderWorkerOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? (() => new Date());
  const email = Boolean(options.mailer);
  const totals: DeliveryResult = { claimed: 0, delivered: 0, skipped: 0 };
  const common = { batchSize: options.batchSize ?? 500, beforeCommit: options.beforeCommit };
  const queues = [
    (at: Date) => db.reminders.deliverDue({ ...common, now: at, planFor: (schedule) => reminderPlan(schedule, at, email) }),
    (at: Date) => db.todoReminders.deliverDue({ ...common, now: at, planFor: (todo) => todoReminderPlan(todo, at, email) }),
  ];
  for (const deliverBatch of queues) {
    for (;;) {
      const batch = await deliverBatch(now());
      totals.claimed += batch.claimed;
      totals.delivered += batch.delivered;
      totals.skipped += batch.skipped;
      if (batch.claimed === 0) break;
    }
  }
  return totals;
}

function remindable(schedule: DueSchedule): RemindableSchedule {
  return {
    startAt: schedule.startAt,
    endAt: schedule.endAt,
    allDay: schedule.allDay,
    reminderMinutes: schedule.reminderMinutes,
    ownerTimeZone: schedule.ownerTimeZone,
    repeating: schedule.recurrence
      ? { recurrence: schedule.recurrence, timeZone: schedule.repeatTimeZone ?? schedule.ownerTimeZone, exceptions: schedule.exceptions }
      : null,
  };
}

/**
 * What a due schedule gives: a notification for each reminder the domain says
 * to send now (remindersToSend: none whose occurrence has begun, no burst
 * after downtime), with an e-mail copy queued when SMTP is on; and the time of
 * its next reminder. A done schedule gives nothing and leaves the queue.
 */
export function reminderPlan(schedule: DueSchedule, now: Date, email: boolean): ReminderPlan {
  if (schedule.status !== "OPEN") return { notifications: [], nextRemindAt: null };
  const target = remindable(schedule);
  const due = remindersToSend(target, schedule.dueAt, now);
  return {
    notifications: due.map((reminder) => ({
      text: reminderText({ title: schedule.title, startAt: reminder.occurrenceStartAt, allDay: schedule.allDay }, now, schedule.ownerTimeZone, schedule.locale),
      dedupeKey: occurrenceReminderKey(schedule.scheduleId, reminder.occurrenceStartAt, reminder.minutesBefore),
      emailStatus: email && schedule.hasEmail ? "PENDING" : "NONE",
    })),
    nextRemindAt: nextReminder(target, now)?.remindAt ?? null,
  };
}

/**
 * What a due todo gives: the reminder the domain says to send now (none when
 * it is done, has lost its time, or its due time has passed), with an e-mail
 * copy queued when SMTP is on; and the time of its next reminder.
 */
export function todoReminderPlan(todo: DueTodo, now: Date, email: boolean): ReminderPlan {
  const due = todoRemindersToSend(todo, todo.queuedFor, now);
  return {
    notifications: due.map((reminder) => ({
      text: todoReminderText({ contents: todo.contents, dueAt: reminder.occurrenceStartAt }, now, todo.ownerTimeZone, todo.locale),
      dedupeKey: todoReminderKey(todo.todoId, reminder.occurrenceStartAt, reminder.minutesBefore),
      emailStatus: email && todo.hasEmail ? "PENDING" : "NONE",
    })),
    nextRemindAt: nextTodoRemindAt(todo, now),
  };
}

export type EmailSendOptions = {
  now?: () => Date;
  /** E-mails claimed, and sent side by side, at a time. */
  batchSize?: number;
  /** The most one send may take, all SMTP steps together; then it is abandoned and counts as failed. */
  timeoutMs?: number;
  log?: Log;
};

const DEFAULT_EMAIL_TIMEOUT_MS = 120_000;
/** A claim outlives the longest send by this much, so a live sender never loses its claim. */
const LEASE_MARGIN_MS = 60_000;

/**
 * Sends queued e-mail copies. No database transaction is open while a mail
 * server is talked to:
 *
 * 1. claim: one statement takes a batch of queued e-mails (FOR UPDATE SKIP
 *    LOCKED), counts the attempt and sets a lease (`email_claimed_until`), and
 *    commits;
 * 2. send each, with SMTP timeouts and an overall deadline (an AbortSignal
 *    that closes the connection);
 * 3. record the outcome, one short statement per e-mail: SENT, or back to the
 *    queue with the error, or FAILED after MAX_EMAIL_ATTEMPTS (domain).
 *
 * A worker that dies between 1 and 3 leaves its e-mails leased; once the lease
 * runs out any worker claims them again. That makes delivery at-least-once,
 * and the one window for a duplicate is a worker that stops (crash, kill, lost
 * database connection) after the mail server accepted a message and before
 * step 3 recorded SENT: that e-mail goes out a second time when its lease
 * ends. A send abandoned at its deadline while the server was in fact taking
 * the message is the same window. A crash before or during the send does not
 * duplicate anything the server had not accepted. Workers' clocks are assumed
 * to agree to well within the lease margin.
 *
 * One run tries each e-mail at most once (it walks the queue in order), so a
 * refused e-mail is retried on the next run, not at once. Returns how many
 * were sent.
 */
export async function sendPendingEmails(db: Database, mailer: Mailer, options: EmailSendOptions = {}): Promise<number> {
  const now = options.now ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? DEFAULT_EMAIL_TIMEOUT_MS;
  const log = options.log ?? defaultLog;
  await db.notifications.failAbandonedEmails({
    now: now(),
    maxAttempts: MAX_EMAIL_ATTEMPTS,
    error: "No outcome was recorded for the last attempt: the sender stopped or timed out.",
  });

  let sent = 0;
  let after: EmailQueuePosition | null = null;
  for (;;) {
    const claimedAt = now();
    const leaseUntil = new Date(claimedAt.getTime() + timeoutMs + LEASE_MARGIN_MS);
    const batch = await db.notifications.claimPendingEmails({
      now: claimedAt,
      leaseUntil,
      limit: options.batchSize ?? 10,
      maxAttempts: MAX_EMAIL_ATTEMPTS,
      after,
    });
    const last = batch.at(-1);
    if (!last) return sent;
    after = { queuedAt: last.queuedAt, id: last.id };

    const outcomes = await Promise.allSettled(batch.map((email) => sendOne(db, mailer, email, { leaseUntil, timeoutMs, log })));
    sent += outcomes.filter((outcome) => outcome.status === "fulfilled" && outcome.value).length;
    // Only recording an outcome can reject (the database went away): stop; the leases expire and another run retries.
    const broken = outcomes.find((outcome) => outcome.status === "rejected");
    if (broken) throw broken.reason;
  }
}

async function sendOne(
  db: Database,
  mailer: Mailer,
  email: ClaimedEmail,
  claim: { leaseUntil: Date; timeoutMs: number; log: Log },
): Promise<boolean> {
  try {
    await mailer.send(email, { signal: AbortSignal.timeout(claim.timeoutMs) });
  } catch (error) {
    const status = emailStatusAfterFailure(email.attempts);
    const recorded = await db.notifications.recordEmailFailure(email.id, claim, { status, error: describeError(error) });
    if (!recorded) claim.log(`[reminders] e-mail ${email.id} failed after its claim had run out; the newer claim decides.`);
    else if (status === "FAILED") claim.log(`[reminders] gave up e-mail ${email.id} after ${email.attempts} attempts:`, error);
    return false;
  }
  await db.notifications.markEmailSent(email.id);
  return true;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const defaultLog: Log = (message, error) => (error ? console.error(message, error) : console.info(message));

export type RunningWorker = { stop: () => Promise<void> };

/**
 * Polls every `intervalMs`: delivers due reminders, then queued e-mail, and
 * once an hour sweeps ended sessions and spent rate-limit counters. Runs
 * never overlap; an error is logged and the next tick tries again.
 */
export function startReminderWorker(
  getDb: () => Promise<Database>,
  options: ReminderWorkerOptions & { intervalMs?: number; log?: Log } = {},
): RunningWorker {
  const log = options.log ?? defaultLog;
  let running: Promise<void> | null = null;
  let stopped = false;

  let lastSweep = 0;

  const tick = async () => {
    try {
      const db = await getDb();
      const result = await deliverDueReminders(db, options);
      if (result.claimed > 0) log(`[reminders] delivered ${result.delivered} from ${result.claimed} schedules and todos (${result.skipped} gave none: done, or their reminders had passed)`);
      if (options.mailer) await sendPendingEmails(db, options.mailer, { now: options.now, log });
      const now = options.now?.() ?? new Date();
      if (now.getTime() - lastSweep >= SWEEP_INTERVAL_MS) {
        lastSweep = now.getTime();
        await sweepEnded(db, now);
      }
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
