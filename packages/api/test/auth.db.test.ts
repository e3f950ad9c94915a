import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { logIn } from "../src/services/auth-service";
import { TEST_NOW, apiTest as it, openSharedDb } from "./fixture";
import { PASSWORD, callerFor, codeOf, createAccount } from "./helpers";

it.beforeAll(openSharedDb);

const signUpValues = {
  username: "newbie",
  email: "Newbie@Example.com",
  password: "a decent password",
  confirmPassword: "a decent password",
};

async function trpcError(call: () => Promise<unknown>): Promise<TRPCError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("auth.signUp", () => {
  it("creates an account and returns only its id and username", async ({ db }) => {
    const result = await callerFor(db, null).auth.signUp(signUpValues);
    expect(Object.keys(result).sort()).toEqual(["id", "username"]);
    expect(result.username).toBe("newbie");
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.email).toBe("newbie@example.com");
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$04\$/);
    expect(stored.passwordHash).not.toContain(signUpValues.password);
    expect(stored.role).toBe("USER");
  });

  it("keeps the browser's time zone", async ({ db }) => {
    const { id } = await callerFor(db, null).auth.signUp({ ...signUpValues, timeZone: "Asia/Kathmandu" });
    expect((await db.users.findById(id))?.timeZone).toBe("Asia/Kathmandu");
  });

  it("refuses a taken username with CONFLICT naming the field", async ({ db }) => {
    await createAccount(db, "USER", "newbie");
    const error = await trpcError(() => callerFor(db, null).auth.signUp({ ...signUpValues, email: "other@example.com" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/username/i);
    expect(await db.users.count()).toBe(1);
  });

  it("refuses a taken email, whatever its case, with CONFLICT naming the field", async ({ db }) => {
    await callerFor(db, null).auth.signUp(signUpValues);
    const error = await trpcError(() =>
      callerFor(db, null).auth.signUp({ ...signUpValues, username: "someone_else", email: "NEWBIE@example.COM" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/email/i);
    expect(await db.users.count()).toBe(1);
  });

  it("creates exactly one account when two sign-ups with the same email race", async ({ db }) => {
    const attempts = await Promise.allSettled(
      ["racer_a", "racer_b", "racer_c", "racer_d"].map((username) =>
        callerFor(db, null).auth.signUp({ ...signUpValues, username, email: "race@example.com" }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected")) {
      expect(attempt.reason).toBeInstanceOf(TRPCError);
      expect(attempt.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/email/i) });
    }
    expect(await db.prisma.user.count({ where: { email: "race@example.com" } })).toBe(1);
  });

  it.for([
    ["a short password", { password: "short", confirmPassword: "short" }, "password"],
    ["a password over 72 bytes", { password: "x".repeat(73), confirmPassword: "x".repeat(73) }, "password"],
    ["a multi-byte password over 72 bytes", { password: "ü".repeat(37), confirmPassword: "ü".repeat(37) }, "password"],
    ["a mismatched confirmation", { confirmPassword: "something else" }, "confirmPassword"],
    ["a bad username", { username: "no spaces" }, "username"],
    ["a bad email", { email: "nope" }, "email"],
  ] as const)("rejects %s with BAD_REQUEST on that field, changing nothing", async ([_label, change, field], { db }) => {
    const error = await trpcError(() => callerFor(db, null).auth.signUp({ ...signUpValues, ...change }));
    expect(error.code).toBe("BAD_REQUEST");
    const shape = await import("../src/errors").then(({ fieldErrorsOf }) => fieldErrorsOf(error.cause));
    expect(shape?.[field]?.length).toBeGreaterThan(0);
    expect(await db.users.count()).toBe(0);
  });
});

describe("logIn (the next-auth credentials check)", () => {
  const now = TEST_NOW;

  it("accepts the username or the email, in any case", async ({ db }) => {
    const account = await createAccount(db, "USER", "ada");
    for (const login of ["ada", "ADA", "ada@example.com", " Ada@Example.com "]) {
      const result = await logIn(db, { login, password: PASSWORD }, { clientIp: "10.0.0.1", now });
      expect(result).toEqual({ ok: true, user: { id: account.id, username: "ada", role: "USER", sessionVersion: 0, sessionId: expect.any(String) } });
    }
  });

  it("gives the same answer for a wrong password and an unknown account", async ({ db }) => {
    await createAccount(db, "USER", "ada");
    const wrongPassword = await logIn(db, { login: "ada", password: "not the password" }, { clientIp: null, now });
    const unknown = await logIn(db, { login: "nobody", password: PASSWORD }, { clientIp: null, now });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid-credentials" });
    expect(unknown).toEqual(wrongPassword);
  });

  // The limits themselves: login-throttling.db.test.ts.
});

describe("auth.me", () => {
  it("returns the caller's own account without secrets", async ({ db }) => {
    const account = await createAccount(db, "ADMIN", "boss");
    const me = await callerFor(db, account).auth.me();
    expect(me).toEqual({ id: account.id, username: "boss", email: "boss@example.com", name: "boss", role: "ADMIN", timeZone: "UTC", locale: null, theme: null, weekStart: null, reminderDefaults: { timed: [{ minutesBefore: 1440 }, { minutesBefore: 10 }], allDay: [{ minutesBefore: 900 }] } });
  });

  it("keeps the language the sign-up page was shown in, and the one chosen later", async ({ db }) => {
    await callerFor(db, null).auth.signUp({ username: "minji", email: "minji@example.com", password: "a fine password", confirmPassword: "a fine password", locale: "ko" });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "minji" } });
    expect(user.locale).toBe("ko");
    const account = await createAccount(db, "USER", "sam");
    expect(await callerFor(db, account).account.updateLocale({ locale: "ko" })).toEqual({ locale: "ko" });
    expect((await callerFor(db, account).auth.me()).locale).toBe("ko");
    expect(await codeOf(() => callerFor(db, account).account.updateLocale({ locale: "fr" } as never))).toBe("BAD_REQUEST");
  });

  it("keeps the theme and the week's first day the account chose, and refuses others", async ({ db }) => {
    const account = await createAccount(db, "USER", "sam");
    const caller = callerFor(db, account);
    expect(await caller.account.updateTheme({ theme: "dark" })).toEqual({ theme: "dark" });
    expect(await caller.account.updateWeekStart({ weekStart: "monday" })).toEqual({ weekStart: "monday" });
    expect(await caller.auth.me()).toMatchObject({ theme: "dark", weekStart: "monday" });
    expect(await codeOf(() => caller.account.updateTheme({ theme: "sepia" } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.account.updateWeekStart({ weekStart: "friday" } as never))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.account.updateWeekStart({} as never))).toBe("BAD_REQUEST");
    await caller.account.updateWeekStart({ weekStart: null });
    expect(await caller.auth.me()).toMatchObject({ theme: "dark", weekStart: null });
  });

  it("keeps the reminders new schedules get: a day and 10 minutes before, 09:00 the day before, until changed", async ({ db }) => {
    const caller = callerFor(db, await createAccount(db, "USER", "sam"));
    expect((await caller.auth.me()).reminderDefaults).toEqual({ timed: [{ minutesBefore: 1440 }, { minutesBefore: 10 }], allDay: [{ minutesBefore: 900 }] });
    const chosen = { timed: [{ minutesBefore: 0 }, { minutesBefore: 90 }], allDay: [{ minutesBefore: -540 }, { minutesBefore: 2340 }] };
    // Sorted, the furthest ahead first.
    const sorted = { timed: [{ minutesBefore: 90 }, { minutesBefore: 0 }], allDay: [{ minutesBefore: 2340 }, { minutesBefore: -540 }] };
    expect(await caller.account.updateReminderDefaults(chosen)).toEqual(sorted);
    expect((await caller.auth.me()).reminderDefaults).toEqual(sorted);
    expect(await caller.account.updateReminderDefaults({ timed: [], allDay: [] })).toEqual({ timed: [], allDay: [] });
    for (const bad of [
      { timed: [{ minutesBefore: -10 }], allDay: [] }, // after a timed start
      { timed: [{ minutesBefore: 10 }, { minutesBefore: 10 }], allDay: [] },
      { timed: [5, 10, 15, 30, 60, 120].map((minutesBefore) => ({ minutesBefore })), allDay: [] },
      { timed: [{ minutesBefore: 40_321 }], allDay: [] },
      { timed: [{ minutesBefore: 1.5 }], allDay: [] },
      { timed: [], allDay: [{ minutesBefore: -1440 }] },
      { timed: [] },
    ]) {
      expect(await codeOf(() => caller.account.updateReminderDefaults(bad as never))).toBe("BAD_REQUEST");
    }
    expect((await caller.auth.me()).reminderDefaults).toEqual({ timed: [], allDay: [] });
  });

  it("is UNAUTHORIZED for anonymous callers", async ({ db }) => {
    expect(await codeOf(() => callerFor(db, null).auth.me())).toBe("UNAUTHORIZED");
  });

  it("is UNAUTHORIZED once the account is deleted or its session version moves on", async ({ db }) => {
    const gone = await createAccount(db);
    await db.prisma.user.delete({ where: { id: gone.id } });
    expect(await codeOf(() => callerFor(db, gone).auth.me())).toBe("UNAUTHORIZED");

    const changed = await createAccount(db);
    await db.prisma.user.update({ where: { id: changed.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await codeOf(() => callerFor(db, changed).auth.me())).toBe("UNAUTHORIZED");
  });

  it("takes the role from the database, not from the session", async ({ db }) => {
    const account = await createAccount(db, "USER");
    await db.prisma.user.update({ where: { id: account.id }, data: { role: "SUBSCRIBER" } });
    expect((await callerFor(db, account).auth.me()).role).toBe("SUBSCRIBER");
  });
});
