import { describe, expect } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { deliverDueReminders, sendPendingEmails } from "../src/reminders/worker";
import { emailTest, openSharedDb } from "./fixture";
import { callerFor, createAccount } from "./helpers";

// A real SMTP server that sits on the reminder e-mail for 8 s before it
// accepts it. No transaction (and so no lock, and on PGlite not the one
// connection) may be held while the worker waits for it.

const STALL_MS = 8_000;

const it = emailTest;
it.beforeAll(openSharedDb);

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

/** Transactions left open on this database right now; PostgreSQL only (PGlite has no other sessions to ask about). */
async function openTransactions(db: TestDatabase): Promise<number> {
  const rows = await db.prisma.$queryRaw<{ open: bigint }[]>`
    SELECT count(*) AS open FROM pg_stat_activity
    WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
  return Number(rows[0]?.open);
}

describe("reminder e-mail to a mail server that stalls", () => {
  it(
    "leaves the schedule free to update and delete while the e-mail is being sent, and records it SENT afterwards",
    async ({ db, smtp }) => {
      let clock = new Date("2026-11-21T10:00:00Z");
      const owner = await createAccount(db, "USER", "stalled");
      const asOwner = callerFor(db, owner, null, () => clock);
      const schedule = await asOwner.schedule.create({
        title: "Dentist",
        startAt: new Date("2026-11-23T09:00:00Z"),
        endAt: new Date("2026-11-23T10:00:00Z"),
      });
      clock = new Date("2026-11-22T09:30:00Z");
      const mailer = smtp.mailer();
      expect(await deliverDueReminders(db, { now: () => clock, mailer })).toMatchObject({ delivered: 1 });

      smtp.stallMs = STALL_MS;
      const arrived = smtp.nextMessageArrives();
      const started = performance.now();
      const sending = sendPendingEmails(db, mailer);
      await arrived; // the server has the whole message and now stalls before answering

      // The claim is committed: the e-mail is visibly taken, counted as an attempt, not yet sent.
      expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "PENDING", emailAttempts: 1 });
      expect((await db.prisma.notification.findFirstOrThrow()).emailClaimedUntil).not.toBeNull();
      if (db.kind === "postgres") expect(await openTransactions(db)).toBe(0);

      const update = await timed(() => asOwner.schedule.update({ id: schedule.id, title: "Dentist (bring the X-rays)" }));
      expect(update.result.title).toBe("Dentist (bring the X-rays)");
      expect(update.ms).toBeLessThan(1000);
      const deletion = await timed(() => asOwner.schedule.delete({ id: schedule.id }));
      expect(deletion.result).toEqual({ id: schedule.id });
      expect(deletion.ms).toBeLessThan(1000);
      expect(smtp.received).toHaveLength(0); // all of that happened during the stall

      expect(await sending).toBe(1);
      expect(performance.now() - started).toBeGreaterThanOrEqual(STALL_MS - 100);
      mailer.close();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({ to: ["stalled@example.com"] });
      expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({
        emailStatus: "SENT",
        emailAttempts: 1,
        emailClaimedUntil: null,
        scheduleId: null, // the schedule is gone; its notification stays
      });
    },
    40_000,
  );
});
