import { describe, expect } from "vitest";
import { PASSWORD } from "./helpers";
import { apiTest as test } from "./fixture";
import { sendRest } from "./support/rest-http";

type Tokens = { access_token: string; refresh_token: string; token_type: string; expires_in: number; username: string };
type ErrorBody = { error: { code: string; message: string; reason?: string; fieldErrors?: Record<string, string[]> } };

describe("REST: password grant, refresh rotation, revoke, verify", () => {
  test("a program logs in, works with its access token, refreshes, and a reused refresh token ends the family", async ({ db, owner, clock }) => {
    const now = clock.now;
    const form = new URLSearchParams({ grant_type: "password", username: owner.username, password: PASSWORD });
    const login = await sendRest<Tokens>(db, { method: "POST", path: "/auth/token", body: form, now });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ token_type: "bearer", expires_in: 900, username: owner.username });
    expect(login.body.access_token).toMatch(/^pla_/);

    const created = await sendRest<{ id: string; startAt: string }>(db, {
      method: "POST",
      path: "/schedules",
      bearer: login.body.access_token,
      body: { title: "Stand-up", startAt: "2026-11-23T09:00:00Z", endAt: "2026-11-23T09:30:00Z" },
      now,
    });
    expect(created.status).toBe(200);
    expect(created.body.startAt).toBe("2026-11-23T09:00:00.000Z");

    const week = await sendRest<{ id: string }[]>(db, { method: "GET", path: "/schedules?from=2026-11-23T00:00:00Z&to=2026-11-30T00:00:00Z", bearer: login.body.access_token, now });
    expect(week.status).toBe(200);
    expect(week.body.map((schedule) => schedule.id)).toEqual([created.body.id]);

    const verify = await sendRest(db, { method: "GET", path: "/auth/verify", bearer: login.body.access_token, now });
    expect(verify.body).toMatchObject({ username: owner.username, credential: "access", scope: "READ_WRITE" });

    const refreshed = await sendRest<Tokens>(db, { method: "POST", path: "/auth/token", body: { grant_type: "refresh_token", refresh_token: login.body.refresh_token }, now });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(login.body.refresh_token);

    const reused = await sendRest<ErrorBody>(db, { method: "POST", path: "/auth/token", body: { grant_type: "refresh_token", refresh_token: login.body.refresh_token }, now });
    expect(reused.status).toBe(401);
    expect(reused.body.error.reason).toBe("invalidGrant");
    const afterReuse = await sendRest<ErrorBody>(db, { method: "GET", path: "/auth/verify", bearer: refreshed.body.access_token, now });
    expect(afterReuse.status).toBe(401);
    expect(afterReuse.headers.get("www-authenticate")).toContain("invalid_token");
  });

  test("revoke ends the session; bad input is a 400 in the one error shape", async ({ db, owner, clock }) => {
    const now = clock.now;
    const login = await sendRest<Tokens>(db, { method: "POST", path: "/auth/token", body: { grant_type: "password", username: owner.email, password: PASSWORD }, now });
    expect(login.status).toBe(200);
    const bad = await sendRest<ErrorBody>(db, { method: "POST", path: "/schedules", bearer: login.body.access_token, body: { title: "", startAt: "yesterday" }, now });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.body.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["title", "startAt"]));
    expect((await sendRest(db, { method: "POST", path: "/auth/revoke", body: { token: login.body.access_token }, now })).status).toBe(200);
    expect((await sendRest(db, { method: "GET", path: "/todos", bearer: login.body.access_token, now })).status).toBe(401);
    expect((await sendRest(db, { method: "GET", path: "/nope", now })).status).toBe(404);
    expect((await sendRest(db, { method: "PUT", path: "/todos", now })).status).toBe(405);
    const wrongPassword = await sendRest<ErrorBody>(db, { method: "POST", path: "/auth/token", body: { grant_type: "password", username: owner.username, password: "nope" }, now });
    expect(wrongPassword.status).toBe(401);
  });
});
