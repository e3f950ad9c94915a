import { describe, expect } from "vitest";
import { deliverDueReminders, sendPendingEmails } from "../src/reminders/worker";
import { emailTest, openSharedDb } from "./fixture";
import { createAccount } from "./helpers";
import { insertRemindedSchedule } from "./support/reminded-schedule";

// E-mail goes to a real SMTP server (smtp-server, see support/smtp-listener.ts), not a mock.

// A new account with a schedule on Monday morning, and the clock moved to when its reminder is due.
const it = emailTest.extend("dueReminderFor", ({ db, clock }) => async (username: string) => {
  const account = await createAccount(db, "USER", username);
  const slot = { startAt: new Date("2026-11-23T09:00:00Z"), endAt: new Date("2026-11-23T10:00:00Z") };
  await insertRemindedSchedule(db, account.id, { title: "Dentist", ...slot, reminderMinutes: [1440] }, clock.now());
  clock.set(new Date("2026-11-22T09:30:00Z"));
  return account;
});
it.beforeAll(openSharedDb);

describe("reminder e-mail over SMTP", () => {
  it("sends one e-mail per reminder to the owner, and records it as sent", async ({ db, clock, dueReminderFor, smtp }) => {
    await dueReminderFor("mailme");
    const smtpMailer = smtp.mailer();
    await deliverDueReminders(db, { now: clock.now, mailer: smtpMailer });
    expect(await sendPendingEmails(db, smtpMailer)).toBe(1);
    expect(await sendPendingEmails(db, smtpMailer)).toBe(0);
    smtpMailer.close();

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: "reminders@planner.test", to: ["mailme@example.com"] });
    const { raw } = smtp.received[0]!;
    expect(raw).toMatch(/^Subject: .*Reminder/m); // the subject is the reminder (MIME-encoded: it has curly quotes)
    expect(raw).toMatch(/^To: mailme <mailme@example\.com>/m);
    expect(raw).toContain("Hello mailme,");
    expect(raw).toContain("Dentist");
    expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "SENT", emailAttempts: 1 });
  });

  it("retries a refused e-mail on the next run and gives up after five attempts, keeping the in-app notification", async ({ db, clock, dueReminderFor, smtp }) => {
    await dueReminderFor("flaky");
    const smtpMailer = smtp.mailer();
    await deliverDueReminders(db, { now: clock.now, mailer: smtpMailer });

    smtp.refuseNextRecipients = 1;
    expect(await sendPendingEmails(db, smtpMailer)).toBe(0);
    expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "PENDING", emailAttempts: 1 });
    expect(await sendPendingEmails(db, smtpMailer)).toBe(1);
    expect(smtp.received).toHaveLength(1);

    await db.prisma.notification.updateMany({ data: { emailStatus: "PENDING", emailAttempts: 0 } });
    smtp.refuseNextRecipients = 5;
    for (let attempt = 0; attempt < 5; attempt += 1) await sendPendingEmails(db, smtpMailer);
    expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "FAILED", emailAttempts: 5, readAt: null });
    smtpMailer.close();
  });

  it("queues no e-mail when SMTP is not configured", async ({ db, clock, dueReminderFor }) => {
    await dueReminderFor("inapp");
    await deliverDueReminders(db, { now: clock.now, mailer: null });
    expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "NONE" });
  });
});
