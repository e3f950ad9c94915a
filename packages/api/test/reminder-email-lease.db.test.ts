import { describe, expect } from "vitest";
import type { TestDatabase } from "@planner/db/testing";
import { MAX_EMAIL_ATTEMPTS } from "@planner/domain";
import { deliverDueReminders, sendPendingEmails } from "../src/reminders/worker";
import { emailTest, openSharedDb } from "./fixture";
import { createAccount } from "./helpers";
import { insertRemindedSchedule } from "./support/reminded-schedule";
import type { SmtpListener } from "./support/smtp-listener";

// Claims of queued e-mail are leases: what a worker that died was holding is
// taken again once its lease runs out, and never before.

const MINUTE = 60_000;
const t0 = new Date("2026-11-22T09:30:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

const it = emailTest;
it.beforeAll(openSharedDb);

async function queuedEmail(db: TestDatabase, smtp: SmtpListener): Promise<void> {
  const owner = await createAccount(db, "USER", "leased");
  const slot = { startAt: new Date("2026-11-23T09:00:00Z"), endAt: new Date("2026-11-23T10:00:00Z") };
  await insertRemindedSchedule(db, owner.id, { title: "Dentist", ...slot, reminderMinutes: [1440] }, new Date("2026-11-21T10:00:00Z"));
  const mailer = smtp.mailer();
  await deliverDueReminders(db, { now: () => t0, mailer });
  mailer.close();
}

/** What a worker does before it sends; it then "dies" without recording anything. */
function claimAndDie(db: TestDatabase, now: Date, leaseUntil: Date) {
  return db.notifications.claimPendingEmails({ now, leaseUntil, limit: 10, maxAttempts: MAX_EMAIL_ATTEMPTS, after: null });
}

const notification = (db: TestDatabase) => db.prisma.notification.findFirstOrThrow();

describe("e-mail claims", () => {
  it("leave a dead worker's e-mail alone until its lease runs out, then send it", async ({ db, smtp }) => {
    await queuedEmail(db, smtp);
    expect(await claimAndDie(db, t0, after(3 * MINUTE))).toHaveLength(1);
    const mailer = smtp.mailer();

    expect(await sendPendingEmails(db, mailer, { now: () => after(MINUTE) })).toBe(0);
    expect(smtp.received).toHaveLength(0);
    expect(await sendPendingEmails(db, mailer, { now: () => after(4 * MINUTE) })).toBe(1);
    mailer.close();

    expect(smtp.received).toHaveLength(1);
    expect(await notification(db)).toMatchObject({ emailStatus: "SENT", emailAttempts: 2, emailClaimedUntil: null });
  });

  it("give an e-mail up when its last attempt was claimed and never finished", async ({ db, smtp }) => {
    await queuedEmail(db, smtp);
    await db.prisma.notification.updateMany({ data: { emailAttempts: MAX_EMAIL_ATTEMPTS - 1 } });
    expect(await claimAndDie(db, t0, after(3 * MINUTE))).toHaveLength(1);
    const mailer = smtp.mailer();

    expect(await sendPendingEmails(db, mailer, { now: () => after(MINUTE) })).toBe(0);
    expect((await notification(db)).emailStatus).toBe("PENDING");
    expect(await sendPendingEmails(db, mailer, { now: () => after(4 * MINUTE) })).toBe(0);
    mailer.close();

    expect(smtp.received).toHaveLength(0);
    expect(await notification(db)).toMatchObject({ emailStatus: "FAILED", emailAttempts: MAX_EMAIL_ATTEMPTS, readAt: null });
    expect((await notification(db)).emailLastError).toMatch(/no outcome/i);
  });

  it("let only the current holder of a claim put a failed e-mail back", async ({ db, smtp }) => {
    await queuedEmail(db, smtp);
    const [stale] = await claimAndDie(db, t0, after(MINUTE));
    const [current] = await claimAndDie(db, after(2 * MINUTE), after(5 * MINUTE));
    expect(current).toMatchObject({ id: stale!.id, attempts: 2 });

    const outcome = { status: "PENDING" as const, error: "450 Mailbox unavailable" };
    expect(await db.notifications.recordEmailFailure(stale!.id, { leaseUntil: after(MINUTE) }, outcome)).toBe(false);
    expect((await notification(db)).emailClaimedUntil).toEqual(after(5 * MINUTE));
    expect(await db.notifications.recordEmailFailure(current!.id, { leaseUntil: after(5 * MINUTE) }, outcome)).toBe(true);
    expect(await notification(db)).toMatchObject({ emailStatus: "PENDING", emailClaimedUntil: null, emailLastError: "450 Mailbox unavailable" });
  });

  it("abandon a send that outlasts its deadline, keep the error, and retry it on the next run", async ({ db, smtp }) => {
    await queuedEmail(db, smtp);
    const mailer = smtp.mailer();
    smtp.stallMs = 3_000;
    expect(await sendPendingEmails(db, mailer, { timeoutMs: 500 })).toBe(0);
    expect(await notification(db)).toMatchObject({ emailStatus: "PENDING", emailAttempts: 1, emailClaimedUntil: null });
    expect((await notification(db)).emailLastError).toBeTruthy();

    smtp.stallMs = 0;
    expect(await sendPendingEmails(db, mailer)).toBe(1);
    mailer.close();
    expect(await notification(db)).toMatchObject({ emailStatus: "SENT", emailAttempts: 2, emailLastError: null });
  });
});
