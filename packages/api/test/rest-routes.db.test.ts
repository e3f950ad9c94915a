import { describe, expect } from "vitest";
import { apiTest as test } from "./fixture";
import { PASSWORD } from "./helpers";
import { sendRest } from "./support/rest-http";

// The account, notification, share and admin routes through /api/v1: paths,
// verbs, path parameters and plain-JSON answers (dates as ISO strings). Who may
// call what is the authorization table's job; this is the REST shape.

type Follower = { subscriber: { id: string; username: string }; grantedAt: string; grantedBy: string | null };

describe("REST: account, notifications, shares, admin", () => {
  test("account: settings, sessions, two-step status, and deletion with the password in the body", async ({ db, owner, clock }) => {
    const now = clock.now;
    const session = owner.session;
    const zone = await sendRest(db, { method: "PUT", path: "/account/time-zone", session, body: { timeZone: "Europe/Berlin" }, now });
    expect(zone).toMatchObject({ status: 200, body: { timeZone: "Europe/Berlin" } });
    const profile = await sendRest<{ name: string; createdAt: string }>(db, { method: "PATCH", path: "/account/profile", session, body: { name: "Owner", timeZone: "Asia/Seoul" }, now });
    expect(profile.body.name).toBe("Owner");
    expect(profile.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    const sessions = await sendRest<{ id: string; current: boolean; kind: string }[]>(db, { method: "GET", path: "/account/sessions", session, now });
    expect(sessions.body).toEqual([expect.objectContaining({ id: session.sessionId, current: true, kind: "BROWSER" })]);
    expect((await sendRest(db, { method: "GET", path: "/account/two-factor", session, now })).body).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    const missing = await sendRest<{ error: { code: string } }>(db, { method: "DELETE", path: "/account/sessions/0197a000-0000-7000-8000-000000000001", session, now });
    expect(missing.status).toBe(404);

    const wrong = await sendRest<{ error: { fieldErrors: Record<string, string[]> } }>(db, { method: "POST", path: "/account/delete", session, body: { password: "not it" }, now });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.error.fieldErrors)).toEqual(["password"]);
    expect((await sendRest(db, { method: "POST", path: "/account/delete", session, body: { password: PASSWORD }, now })).body).toEqual({ deleted: true });
  });

  test("notifications: the count is a bare number; marking read by id", async ({ db, owner, clock }) => {
    const now = clock.now;
    const session = owner.session;
    expect((await sendRest(db, { method: "GET", path: "/notifications/unread-count", session, now })).body).toBe(0);
    expect((await sendRest(db, { method: "GET", path: "/notifications?unreadOnly=true&limit=5", session, now })).body).toEqual({ items: [], nextCursor: null });
    expect((await sendRest(db, { method: "POST", path: "/notifications/read-all", session, now })).body).toEqual({ marked: 0 });
    expect((await sendRest(db, { method: "POST", path: "/notifications/0197a000-0000-7000-8000-000000000001/read", session, now })).status).toBe(404);
  });

  test("shares and their admin routes: the subscriber in the path, the owner in the path", async ({ db, owner, subscriber, admin, clock }) => {
    const now = clock.now;
    const granted = await sendRest<Follower[]>(db, { method: "POST", path: "/shares", session: owner.session, body: { subscriber: subscriber.username }, now });
    expect(granted.status).toBe(200);
    expect(granted.body).toEqual([expect.objectContaining({ subscriber: expect.objectContaining({ id: subscriber.id }), grantedBy: owner.username })]);
    const shared = await sendRest<{ owner: { id: string } }[]>(db, { method: "GET", path: "/shares/shared-with-me", session: subscriber.session, now });
    expect(shared.body.map((calendar) => calendar.owner.id)).toEqual([owner.id]);
    expect((await sendRest(db, { method: "DELETE", path: `/shares/${subscriber.id}`, session: owner.session, now })).body).toEqual([]);

    const asAdmin = admin.session;
    const adminGrant = await sendRest<Follower[]>(db, { method: "POST", path: `/admin/users/${owner.id}/shares`, session: asAdmin, body: { subscriber: subscriber.email }, now });
    expect(adminGrant.body.map((follower) => follower.grantedBy)).toEqual([admin.username]);
    expect((await sendRest<Follower[]>(db, { method: "GET", path: `/admin/users/${owner.id}/shares`, session: asAdmin, now })).body).toHaveLength(1);
    expect((await sendRest(db, { method: "DELETE", path: `/admin/users/${owner.id}/shares/${subscriber.id}`, session: asAdmin, now })).body).toEqual([]);
  });

  test("admin: users by id, role, reset link, schedules of an account in a window", async ({ db, owner, admin, clock }) => {
    const now = clock.now;
    const session = admin.session;
    const user = await sendRest<{ id: string; twoFactorEnabled: boolean }>(db, { method: "GET", path: `/admin/users/${owner.id}`, session, now });
    expect(user.body).toMatchObject({ id: owner.id, twoFactorEnabled: false });
    expect((await sendRest(db, { method: "PUT", path: `/admin/users/${owner.id}/role`, session, body: { role: "SUBSCRIBER" }, now })).body).toMatchObject({ role: "SUBSCRIBER" });
    expect((await sendRest(db, { method: "PUT", path: `/admin/users/${owner.id}/role`, session, body: { role: "USER" }, now })).status).toBe(200);
    const link = await sendRest<{ url: string; expiresAt: string }>(db, { method: "POST", path: `/admin/users/${owner.id}/reset-link`, session, now });
    expect(link.body.url).toContain("#token=");

    const start = new Date(now().getTime() + 86_400_000);
    start.setUTCHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 3_600_000);
    const created = await sendRest<{ id: string; ownerId: string; startAt: string }>(db, {
      method: "POST",
      path: "/admin/schedules",
      session,
      body: { ownerId: owner.id, title: "Check-up", startAt: start.toISOString(), endAt: end.toISOString() },
      now,
    });
    expect(created.body).toMatchObject({ ownerId: owner.id, startAt: start.toISOString() });
    const from = new Date(start.getTime() - 86_400_000).toISOString();
    const to = new Date(start.getTime() + 86_400_000).toISOString();
    const range = await sendRest<{ id: string }[]>(db, { method: "GET", path: `/admin/users/${owner.id}/schedules?from=${from}&to=${to}`, session, now });
    expect(range.body.map((schedule) => schedule.id)).toEqual([created.body.id]);
    expect((await sendRest(db, { method: "DELETE", path: `/admin/schedules/${created.body.id}`, session, now })).body).toEqual({ id: created.body.id });
    expect((await sendRest<{ total: number }>(db, { method: "GET", path: "/admin/users?search=" + owner.username, session, now })).body.total).toBe(1);
  });
});
