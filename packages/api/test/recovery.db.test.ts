import { describe, expect } from "vitest";
import { PASSWORD_LINK_LIFETIME_MINUTES, RESET_REQUESTS_PER_IP } from "@planner/domain";
import { createContext } from "../src/context";
import type { Mailer } from "../src/reminders/mailer";
import { createCaller } from "../src/root";
import { logIn } from "../src/services/auth-service";
import { emailTest as it, openSharedDb } from "./fixture";
import { callerFor, codeOf, createAccount, type TestAccount } from "./helpers";
import { passwordLinkIn, readEmail } from "./support/read-email";
import type { SmtpListener } from "./support/smtp-listener";

it.beforeAll(openSharedDb);

// Getting back in: "forgot password" by e-mail through a real SMTP listener,
// and the links admins hand over. Each link works once, until it expires, and
// using it ends every session of the account.

const NEW_PASSWORD = "a brand new passphrase";
const MINUTE = 60_000;
type Db = Parameters<typeof logIn>[0];

function anonymous(db: Db, now: () => Date, mailer: Mailer | null, clientIp = "203.0.113.9") {
  return createCaller(createContext({ db, session: null, clientIp, now, mailer }));
}

/** The e-mail goes out after the answer: wait for the listener to have accepted `count` messages. */
async function messagesReceived(smtp: SmtpListener, count: number): Promise<void> {
  await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(count);
}

async function canLogIn(db: Db, account: TestAccount, password: string, now: Date): Promise<boolean> {
  return (await logIn(db, { login: account.username, password }, { clientIp: "198.51.100.1", now })).ok;
}

describe("forgot password by e-mail", () => {
  it("mails a link in the account's language that sets the password once and ends every session", async ({ db, smtp, clock }) => {
    const account = await createAccount(db, "USER", "forgetful");
    await db.users.setLocale(account.id, "ko");
    const other = await createAccount(db);
    expect(await anonymous(db, clock.now, smtp.mailer()).auth.requestPasswordReset({ email: " Forgetful@Example.com " })).toEqual({ accepted: true });
    await messagesReceived(smtp, 1);

    const email = await readEmail(smtp.received[0]!);
    expect(email.to).toBe("forgetful@example.com");
    expect(email.subject).toBe("Planner 비밀번호 재설정");
    expect(email.text).toContain("forgetful님, 안녕하세요.");
    expect(email.text).toContain("30분");
    const { url, token } = passwordLinkIn(email.text);
    expect(url.startsWith("http://localhost:3000/reset-password#token=")).toBe(true);
    // Only its hash is stored.
    const rows = await db.prisma.passwordLink.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]).toMatchObject({ userId: account.id, purpose: "RESET", expiresAt: new Date(clock.now().getTime() + 30 * MINUTE) });

    const page = anonymous(db, clock.now, null);
    expect(await page.auth.passwordLink({ token })).toMatchObject({ purpose: "RESET", username: "forgetful" });
    expect(await page.auth.resetPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({ username: "forgetful" });

    // The old session is gone (row and version); the other account's is not.
    expect(await codeOf(() => callerFor(db, account).auth.me())).toBe("UNAUTHORIZED");
    expect(await db.prisma.session.count({ where: { userId: account.id } })).toBe(0);
    expect((await callerFor(db, other).auth.me()).id).toBe(other.id);
    expect(await canLogIn(db, account, NEW_PASSWORD, clock.now())).toBe(true);
    expect(await canLogIn(db, account, "correct horse battery", clock.now())).toBe(false);

    // Once only.
    const again = await page.auth.resetPassword({ token, newPassword: "yet another passphrase", confirmPassword: "yet another passphrase" }).catch((error: unknown) => error);
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: "This link has expired or was already used. Ask for a new one." });
    expect(await canLogIn(db, account, NEW_PASSWORD, clock.now())).toBe(true);
  });

  it("refuses an expired link and leaves the password as it was", async ({ db, smtp, clock }) => {
    const account = await createAccount(db);
    await anonymous(db, clock.now, smtp.mailer()).auth.requestPasswordReset({ email: account.email });
    await messagesReceived(smtp, 1);
    const { token } = passwordLinkIn((await readEmail(smtp.received[0]!)).text);
    expect((await readEmail(smtp.received[0]!)).subject).toBe("Reset your Planner password");

    clock.set(new Date(clock.now().getTime() + PASSWORD_LINK_LIFETIME_MINUTES.RESET * MINUTE + 1000));
    const page = anonymous(db, clock.now, null);
    expect(await codeOf(() => page.auth.passwordLink({ token }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => page.auth.resetPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toBe("BAD_REQUEST");
    expect(await canLogIn(db, account, "correct horse battery", clock.now())).toBe(true);
    expect((await callerFor(db, account).auth.me()).id).toBe(account.id);
  });

  it("answers an unknown address the same, in the same time, and sends nothing", async ({ db, smtp, clock }) => {
    const account = await createAccount(db);
    // The mail server takes 1.5 s per message: were the e-mail sent before the answer, the known address would show it.
    smtp.stallMs = 1500;
    const caller = anonymous(db, clock.now, smtp.mailer());
    const timings = { known: [] as number[], unknown: [] as number[] };
    for (let round = 0; round < 3; round += 1) {
      for (const [kind, email] of [["known", account.email], ["unknown", `nobody${round}@example.com`]] as const) {
        const started = performance.now();
        expect(await caller.auth.requestPasswordReset({ email })).toEqual({ accepted: true });
        timings[kind].push(performance.now() - started);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    console.log(`reset request median: known ${median(timings.known).toFixed(1)} ms, unknown ${median(timings.unknown).toFixed(1)} ms`);
    expect(Math.abs(median(timings.known) - median(timings.unknown))).toBeLessThan(750);
    await messagesReceived(smtp, 3);
    const recipients = await Promise.all(smtp.received.map(async (message) => (await readEmail(message)).to));
    expect(recipients).toEqual([account.email, account.email, account.email]);
  });

  it("sends at most three e-mails an hour per account, and limits requests per IP", async ({ db, smtp, clock }) => {
    const account = await createAccount(db);
    const caller = anonymous(db, clock.now, smtp.mailer(), "192.0.2.77");
    for (let request = 0; request < RESET_REQUESTS_PER_IP; request += 1) {
      expect(await caller.auth.requestPasswordReset({ email: account.email })).toEqual({ accepted: true });
    }
    const refused = await caller.auth.requestPasswordReset({ email: "someone@example.com" }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await messagesReceived(smtp, 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(3);
    // Another address is not held back by that one.
    expect(await anonymous(db, clock.now, smtp.mailer(), "192.0.2.78").auth.requestPasswordReset({ email: account.email })).toEqual({ accepted: true });
  });

  it("refuses a malformed link and counts dead links per IP", async ({ db, clock }) => {
    const page = anonymous(db, clock.now, null, "192.0.2.99");
    expect(await codeOf(() => page.auth.passwordLink({ token: "short" }))).toBe("BAD_REQUEST");
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect(await codeOf(() => page.auth.passwordLink({ token: "A".repeat(43) }))).toBe("BAD_REQUEST");
    }
    expect(await codeOf(() => page.auth.passwordLink({ token: "B".repeat(43) }))).toBe("TOO_MANY_REQUESTS");
  });

  it("without SMTP answers the same and makes no link", async ({ db, clock }) => {
    const account = await createAccount(db);
    expect(await anonymous(db, clock.now, null).auth.requestPasswordReset({ email: account.email })).toEqual({ accepted: true });
    expect(await db.prisma.passwordLink.count()).toBe(0);
  });
});

describe("links admins hand over", () => {
  it("a reset link for a user works once and ends the user's sessions", async ({ db, admin, owner, clock }) => {
    const { url, expiresAt } = await callerFor(db, admin, null, clock.now).admin.users.resetLink({ userId: owner.id });
    expect(expiresAt).toEqual(new Date(clock.now().getTime() + PASSWORD_LINK_LIFETIME_MINUTES.ADMIN_RESET * MINUTE));
    const { token } = passwordLinkIn(url);
    const page = anonymous(db, clock.now, null);
    expect(await page.auth.passwordLink({ token })).toMatchObject({ purpose: "ADMIN_RESET", username: owner.username });
    await page.auth.resetPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await codeOf(() => callerFor(db, owner).auth.me())).toBe("UNAUTHORIZED");
    expect(await canLogIn(db, owner, NEW_PASSWORD, clock.now())).toBe(true);
    expect(await codeOf(() => page.auth.resetPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).toBe("BAD_REQUEST");
  });

  it("a newer link replaces the older one", async ({ db, admin, owner, clock }) => {
    const asAdmin = callerFor(db, admin, null, clock.now);
    const first = passwordLinkIn((await asAdmin.admin.users.resetLink({ userId: owner.id })).url).token;
    const second = passwordLinkIn((await asAdmin.admin.users.resetLink({ userId: owner.id })).url).token;
    const page = anonymous(db, clock.now, null);
    expect(await codeOf(() => page.auth.passwordLink({ token: first }))).toBe("BAD_REQUEST");
    expect(await page.auth.passwordLink({ token: second })).toMatchObject({ username: owner.username });
  });

  it("an admin-created account has no password until its owner sets one through the link", async ({ db, admin, clock }) => {
    const asAdmin = callerFor(db, admin, null, clock.now);
    const created = await asAdmin.admin.users.create({ username: "newcomer", email: "NewComer@example.com", role: "SUBSCRIBER", name: "New Comer", locale: "ko" });
    expect(created.user).toMatchObject({ username: "newcomer", email: "newcomer@example.com", role: "SUBSCRIBER", name: "New Comer", locale: "ko" });
    expect(created.expiresAt).toEqual(new Date(clock.now().getTime() + PASSWORD_LINK_LIFETIME_MINUTES.SET_PASSWORD * MINUTE));
    expect(await db.prisma.subscriber.count({ where: { userId: created.user.id } })).toBe(1);
    const account = { id: created.user.id, username: "newcomer" } as TestAccount;
    expect(await canLogIn(db, account, "", clock.now())).toBe(false);

    const { token } = passwordLinkIn(created.url);
    const page = anonymous(db, clock.now, null);
    expect(await page.auth.passwordLink({ token })).toMatchObject({ purpose: "SET_PASSWORD", username: "newcomer" });
    await page.auth.resetPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await canLogIn(db, account, NEW_PASSWORD, clock.now())).toBe(true);
  });

  it("an admin-created account's username and e-mail must be free", async ({ db, admin, owner, clock }) => {
    const asAdmin = callerFor(db, admin, null, clock.now);
    const taken = await asAdmin.admin.users.create({ username: owner.username, email: "fresh@example.com", role: "USER" }).catch((error: unknown) => error);
    expect(taken).toMatchObject({ code: "CONFLICT" });
    const emailTaken = await asAdmin.admin.users.create({ username: "freshname", email: owner.email, role: "USER" }).catch((error: unknown) => error);
    expect(emailTaken).toMatchObject({ code: "CONFLICT" });
    expect(await db.prisma.user.count({ where: { username: "freshname" } })).toBe(0);
  });
});
