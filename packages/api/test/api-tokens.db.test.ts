import { createHash } from "node:crypto";
import { describe, expect } from "vitest";
import { PASSWORD, callerFor, codeOf } from "./helpers";
import { apiTest as test } from "./fixture";
import { sendRest } from "./support/rest-http";

const sha256 = (secret: string) => createHash("sha256").update(secret).digest("hex");

describe("personal access tokens", () => {
  test("the secret is shown once, stored only as its SHA-256, and works as a bearer token until revoked", async ({ db, owner, clock }) => {
    const asOwner = callerFor(db, owner, null, clock.now);
    const { token, secret } = await asOwner.account.apiTokens.create({ name: "Phone shortcut", scope: "READ_WRITE", expiresInDays: 90 });
    expect(secret).toMatch(/^pln_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: "Phone shortcut", scope: "READ_WRITE", hint: secret.slice(0, 8), lastUsedAt: null });
    expect(token.expiresAt).toEqual(clock.later(90 * 24));

    const rows = await db.prisma.apiToken.findMany({ where: { userId: owner.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(secret));
    expect(JSON.stringify(rows)).not.toContain(secret.slice(8));
    // The list never carries the secret or its hash.
    expect(JSON.stringify(await asOwner.account.apiTokens.list())).not.toContain(secret.slice(8));
    expect(JSON.stringify(await asOwner.account.apiTokens.list())).not.toContain(rows[0]!.tokenHash);

    const verify = await sendRest(db, { method: "GET", path: "/auth/verify", bearer: secret, now: clock.now });
    expect(verify.body).toMatchObject({ username: owner.username, credential: "personal", scope: "READ_WRITE" });
    expect((await asOwner.account.apiTokens.list())[0]!.lastUsedAt).toEqual(clock.now());

    await asOwner.account.apiTokens.revoke({ id: token.id });
    expect((await sendRest(db, { method: "GET", path: "/auth/verify", bearer: secret, now: clock.now })).status).toBe(401);
  });

  test("a token expires; one made with 'never' does not", async ({ db, owner, clock }) => {
    const asOwner = callerFor(db, owner, null, clock.now);
    const month = await asOwner.account.apiTokens.create({ name: "month", scope: "READ", expiresInDays: 30 });
    const forever = await asOwner.account.apiTokens.create({ name: "forever", scope: "READ", expiresInDays: null });
    clock.advance(30 * 24 + 1);
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: month.secret, now: clock.now })).status).toBe(401);
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: forever.secret, now: clock.now })).status).toBe(200);
  });

  test("tokens are made with the log-in cookie only, never with another token; subscribers make read-only ones", async ({ db, owner, subscriber, clock }) => {
    const { secret } = await callerFor(db, owner, null, clock.now).account.apiTokens.create({ name: "a", scope: "READ_WRITE", expiresInDays: null });
    const { createCaller } = await import("../src/root");
    const { createContext } = await import("../src/context");
    const viaToken = createCaller(createContext({ db, session: null, bearer: secret, now: clock.now, mailer: null }));
    expect(await codeOf(() => viaToken.account.apiTokens.create({ name: "b", scope: "READ_WRITE", expiresInDays: null }))).toBe("FORBIDDEN");
    const asSubscriber = callerFor(db, subscriber, null, clock.now);
    expect(await codeOf(() => asSubscriber.account.apiTokens.create({ name: "w", scope: "READ_WRITE", expiresInDays: 30 }))).toBe("FORBIDDEN");
    expect(await codeOf(() => asSubscriber.account.apiTokens.create({ name: "r", scope: "READ", expiresInDays: 30 }))).toBe("OK");
  });

  // tRPC takes bearer tokens too (the same procedures as REST): these are not in
  // REST, and must not be reachable over /api/trpc with a token either.
  test("what only a person logged in may do is refused with a read-and-write token, and changes nothing", async ({ db, owner, clock }) => {
    const { secret } = await callerFor(db, owner, null, clock.now).account.apiTokens.create({ name: "script", scope: "READ_WRITE", expiresInDays: null });
    const { createCaller } = await import("../src/root");
    const { createContext } = await import("../src/context");
    const viaToken = createCaller(createContext({ db, session: null, bearer: secret, now: clock.now, mailer: null }));
    const attempts: Record<string, () => Promise<unknown>> = {
      "twoFactor.start": () => viaToken.account.twoFactor.start(),
      "twoFactor.confirm": () => viaToken.account.twoFactor.confirm({ code: "123456" }),
      "twoFactor.disable": () => viaToken.account.twoFactor.disable({ password: PASSWORD, code: "123456" }),
      "apiTokens.create": () => viaToken.account.apiTokens.create({ name: "b", scope: "READ_WRITE", expiresInDays: null }),
      "calendarFeed.regenerate": () => viaToken.account.calendarFeed.regenerate({ includeShared: true }),
      "calendarFeed.update": () => viaToken.account.calendarFeed.update({ includeShared: true }),
      setPassword: () => viaToken.account.setPassword({ newPassword: "a first password", confirmPassword: "a first password" }),
    };
    const outcomes: Record<string, string> = {};
    for (const [name, attempt] of Object.entries(attempts)) outcomes[name] = await codeOf(attempt);
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(attempts).map((name) => [name, "FORBIDDEN"])));
    expect(await db.twoFactor.find(owner.id)).toBeNull();
    expect(await db.prisma.calendarFeed.count({ where: { userId: owner.id } })).toBe(0);
    expect(await db.prisma.apiToken.count({ where: { userId: owner.id, kind: "PERSONAL" } })).toBe(1);
  });

  test("tokens die with their owner, with a demotion to subscriber (the ones that write), and with a password change when asked", async ({ db, owner, stranger, admin, clock }) => {
    const asOwner = callerFor(db, owner, null, clock.now);
    await asOwner.account.apiTokens.create({ name: "read", scope: "READ", expiresInDays: null });
    const writer = await asOwner.account.apiTokens.create({ name: "write", scope: "READ_WRITE", expiresInDays: null });
    const asAdmin = callerFor(db, admin, null, clock.now);
    expect((await asAdmin.admin.users.apiTokens({ userId: owner.id })).map((token) => token.name).sort()).toEqual(["read", "write"]);

    await asAdmin.admin.users.setRole({ userId: owner.id, role: "SUBSCRIBER" });
    expect((await asAdmin.admin.users.apiTokens({ userId: owner.id })).map((token) => token.name)).toEqual(["read"]);
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: writer.secret, now: clock.now })).status).toBe(401);

    const asStranger = callerFor(db, stranger, null, clock.now);
    await asStranger.account.apiTokens.create({ name: "kept", scope: "READ_WRITE", expiresInDays: null });
    await asStranger.account.changePassword({ currentPassword: PASSWORD, newPassword: "a new password 1", confirmPassword: "a new password 1" });
    expect(await db.prisma.apiToken.count({ where: { userId: stranger.id, kind: "PERSONAL" } })).toBe(1);
    const asStrangerAgain = callerFor(db, { ...stranger, session: { ...stranger.session, sessionId: await db.sessions.create({ userId: stranger.id, ip: null, userAgent: null, now: clock.now(), lifetimeSeconds: 86_400 }), sessionVersion: 1 } }, null, clock.now);
    await asStrangerAgain.account.changePassword({ currentPassword: "a new password 1", newPassword: "a new password 2", confirmPassword: "a new password 2", revokeTokens: true });
    expect(await db.prisma.apiToken.count({ where: { userId: stranger.id, kind: "PERSONAL" } })).toBe(0);

    await asAdmin.admin.users.delete({ userId: owner.id });
    expect(await db.prisma.apiToken.count({ where: { userId: owner.id } })).toBe(0);
  });

  test("a password change ends programs' sessions and their tokens", async ({ db, owner, clock }) => {
    const login = await sendRest<{ access_token: string; refresh_token: string }>(db, {
      method: "POST",
      path: "/auth/token",
      body: { grant_type: "password", username: owner.username, password: PASSWORD },
      now: clock.now,
    });
    const sessions = await callerFor(db, owner, null, clock.now).account.sessions();
    expect(sessions.map((session) => session.kind).sort()).toEqual(["API", "BROWSER"]);
    await callerFor(db, owner, null, clock.now).account.changePassword({ currentPassword: PASSWORD, newPassword: "changed it now", confirmPassword: "changed it now" });
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: login.body.access_token, now: clock.now })).status).toBe(401);
    const refresh = await sendRest(db, { method: "POST", path: "/auth/token", body: { grant_type: "refresh_token", refresh_token: login.body.refresh_token }, now: clock.now });
    expect(refresh.status).toBe(401);
  });

  test("tokens are not issued to a session that ended meanwhile (a refresh racing its own reuse)", async ({ db, owner, clock }) => {
    const sessionId = await db.sessions.create({ userId: owner.id, ip: null, userAgent: null, now: clock.now(), lifetimeSeconds: 86_400, kind: "API" });
    await db.sessions.delete(sessionId, owner.id);
    const secret = (n: number) => ({ hash: String(n).repeat(64), hint: "pla_test", expiresAt: clock.later(1) });
    expect(await db.apiTokens.issue({ sessionId, userId: owner.id, access: secret(1), refresh: secret(2), now: clock.now() })).toBe(false);
    expect(await db.prisma.apiToken.count({ where: { userId: owner.id } })).toBe(0);
  });
});
