import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect } from "vitest";
import { createMailer, type Mailer } from "../src/reminders/mailer";
import { deliverDueReminders, sendPendingEmails } from "../src/reminders/worker";
import { apiTest, openSharedDb } from "./fixture";
import { createAccount } from "./helpers";

// E-mail goes to a real SMTP server started here (smtp-server), not a mock.

type Received = { from: string; to: string[]; raw: string };

let smtp: SMTPServer;
let port: number;
let received: Received[] = [];
let refuseNext = 0;

// A new account with a schedule on Monday morning, and the clock moved to when its reminder is due.
const it = apiTest.extend("dueReminderFor", ({ db, callerAt, clock }) => async (username: string) => {
  const account = await createAccount(db, "USER", username);
  await callerAt(account).schedule.create({ title: "Dentist", startAt: new Date("2026-11-23T09:00:00Z"), endAt: new Date("2026-11-23T10:00:00Z") });
  clock.set(new Date("2026-11-22T09:30:00Z"));
  return account;
});
it.beforeAll(openSharedDb);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuseNext > 0) {
        refuseNext -= 1;
        return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 450 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
beforeEach(() => {
  received = [];
  refuseNext = 0;
});

function mailer(): Mailer {
  return createMailer(`smtp://127.0.0.1:${port}`, "Planner <reminders@planner.test>");
}

describe("reminder e-mail over SMTP", () => {
  it("sends one e-mail per reminder to the owner, and records it as sent", async ({ db, clock, dueReminderFor }) => {
    await dueReminderFor("mailme");
    const smtpMailer = mailer();
    await deliverDueReminders(db, { now: clock.now, mailer: smtpMailer });
    expect(await sendPendingEmails(db, smtpMailer)).toBe(1);
    expect(await sendPendingEmails(db, smtpMailer)).toBe(0);
    smtpMailer.close();

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "reminders@planner.test", to: ["mailme@example.com"] });
    const { raw } = received[0]!;
    expect(raw).toMatch(/^Subject: .*Reminder/m); // the subject is the reminder (MIME-encoded: it has curly quotes)
    expect(raw).toMatch(/^To: mailme <mailme@example\.com>/m);
    expect(raw).toContain("Hello mailme,");
    expect(raw).toContain("Dentist");
    expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "SENT", emailAttempts: 1 });
  });

  it("retries a refused e-mail on the next run and gives up after five attempts, keeping the in-app notification", async ({ db, clock, dueReminderFor }) => {
    await dueReminderFor("flaky");
    const smtpMailer = mailer();
    await deliverDueReminders(db, { now: clock.now, mailer: smtpMailer });

    refuseNext = 1;
    expect(await sendPendingEmails(db, smtpMailer)).toBe(0);
    expect(await db.prisma.notification.findFirstOrThrow()).toMatchObject({ emailStatus: "PENDING", emailAttempts: 1 });
    expect(await sendPendingEmails(db, smtpMailer)).toBe(1);
    expect(received).toHaveLength(1);

    await db.prisma.notification.updateMany({ data: { emailStatus: "PENDING", emailAttempts: 0 } });
    refuseNext = 5;
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
