import { readFile } from "node:fs/promises";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import createClient from "openapi-fetch";
import { describe, expect } from "vitest";
import { API_TYPES_FILE, generateApiTypes } from "../scripts/api-types";
import { deliverDueReminders } from "../src/reminders/worker";
import type { AppRouter } from "../src/root";
import { transformer } from "../src/transformer";
import { apiTest as test } from "./fixture";
import type { paths } from "./generated/openapi";
import { PASSWORD } from "./helpers";
import { trpcFetch, restFetch } from "./support/in-process-fetch";
import { personalToken } from "./support/rest-world";

// A program's view of the API: a client generated from /api/openapi.json
// (openapi-typescript + openapi-fetch) does what a script would, through the
// real REST handler; and a typed tRPC client works with a bearer token too.

const BASE_URL = "http://planner.test/api/v1";

describe("the generated client", () => {
  test("its types are those of the current document (run `pnpm --filter @planner/api api:types` after changing the API)", async () => {
    expect(await readFile(API_TYPES_FILE, "utf8")).toBe(await generateApiTypes());
  });

  test("logs in, keeps schedules and todos, refreshes, and ends its session", async ({ db, owner, clock }) => {
    const fetch = restFetch(db, clock.now);
    const anonymous = createClient<paths>({ baseUrl: BASE_URL, fetch });
    const login = await anonymous.POST("/auth/token", { body: { grant_type: "password", username: owner.username, password: PASSWORD } });
    expect(login.error).toBeUndefined();
    const tokens = login.data!;
    expect(tokens).toMatchObject({ token_type: "bearer", expires_in: 900, username: owner.username });
    const client = createClient<paths>({ baseUrl: BASE_URL, fetch, headers: { Authorization: `Bearer ${tokens.access_token}` } });

    // A schedule: create, list, change, mark done, delete.
    const created = await client.POST("/schedules", { body: { title: "Stand-up", startAt: "2026-11-23T09:00:00Z", endAt: "2026-11-23T09:30:00Z" } });
    expect(created.response.status).toBe(200);
    const schedule = created.data!;
    expect(schedule).toMatchObject({ title: "Stand-up", startAt: "2026-11-23T09:00:00.000Z", status: "OPEN" });
    const week = await client.GET("/schedules", { params: { query: { from: "2026-11-23T00:00:00Z", to: "2026-11-30T00:00:00Z" } } });
    expect(week.data?.map(({ id }) => id)).toEqual([schedule.id]);
    const renamed = await client.PATCH("/schedules/{id}", { params: { path: { id: schedule.id } }, body: { title: "Daily stand-up" } });
    expect(renamed.data?.title).toBe("Daily stand-up");
    const done = await client.POST("/schedules/{id}/status", { params: { path: { id: schedule.id } }, body: { status: "CLOSED" } });
    expect(done.data?.status).toBe("CLOSED");
    expect((await client.DELETE("/schedules/{id}", { params: { path: { id: schedule.id } } })).response.status).toBe(200);
    const gone = await client.GET("/schedules/{id}", { params: { path: { id: schedule.id } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error?.error.code).toBe("NOT_FOUND");

    // A todo: create, list, change, toggle done, delete.
    const todo = (await client.POST("/todos", { body: { contents: "Buy milk" } })).data!;
    expect(todo).toMatchObject({ contents: "Buy milk", done: false });
    const todos = await client.GET("/todos", { params: { query: {} } });
    expect(todos.data?.items.map(({ id }) => id)).toEqual([todo.id]);
    expect((await client.PATCH("/todos/{id}", { params: { path: { id: todo.id } }, body: { contents: "Buy oat milk" } })).data?.contents).toBe("Buy oat milk");
    expect((await client.POST("/todos/{id}/toggle", { params: { path: { id: todo.id } } })).data?.done).toBe(true);
    expect((await client.DELETE("/todos/{id}", { params: { path: { id: todo.id } } })).response.status).toBe(200);
    expect((await client.GET("/todos", { params: { query: {} } })).data?.items).toEqual([]);

    // Who the token is: verify reports it.
    const verified = await client.GET("/auth/verify");
    expect(verified.data).toMatchObject({ userId: owner.id, username: owner.username, credential: "access", scope: "READ_WRITE" });

    // A refresh rotates both tokens; the spent refresh token, used again, ends the whole family.
    const refreshed = (await anonymous.POST("/auth/token", { body: { grant_type: "refresh_token", refresh_token: tokens.refresh_token } })).data!;
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    const renewed = createClient<paths>({ baseUrl: BASE_URL, fetch, headers: { Authorization: `Bearer ${refreshed.access_token}` } });
    expect((await renewed.GET("/auth/verify")).response.status).toBe(200);
    const reused = await anonymous.POST("/auth/token", { body: { grant_type: "refresh_token", refresh_token: tokens.refresh_token } });
    expect(reused.response.status).toBe(401);
    expect(reused.error?.error.reason).toBe("invalidGrant");
    const afterReuse = await renewed.GET("/auth/verify");
    expect(afterReuse.response.status).toBe(401);
    expect(afterReuse.response.headers.get("www-authenticate")).toContain("invalid_token");

    // A new log-in, revoked: verify says the token no longer holds.
    const again = (await anonymous.POST("/auth/token", { body: { grant_type: "password", username: owner.email, password: PASSWORD } })).data!;
    const third = createClient<paths>({ baseUrl: BASE_URL, fetch, headers: { Authorization: `Bearer ${again.access_token}` } });
    expect((await third.GET("/auth/verify")).response.status).toBe(200);
    expect((await anonymous.POST("/auth/revoke", { body: { token: again.access_token } })).data).toEqual({ revoked: true });
    expect((await third.GET("/auth/verify")).response.status).toBe(401);
    // Its refresh token went with it.
    expect((await anonymous.POST("/auth/token", { body: { grant_type: "refresh_token", refresh_token: again.refresh_token } })).response.status).toBe(401);
  });

  test("reads the caller's notifications", async ({ db, owner, clock, callerAt }) => {
    const fetch = restFetch(db, clock.now);
    // Reminded the day before, as the procedure table's world is.
    const schedule = await callerAt(owner).schedule.create({ title: "Dentist", startAt: clock.later(48), endAt: clock.later(49) });
    await deliverDueReminders(db, { now: () => clock.later(30) });
    const notification = await db.prisma.notification.findFirstOrThrow({ where: { recipientId: owner.id, scheduleId: schedule.id } });
    const token = await personalToken(db, owner.id, "READ");
    const client = createClient<paths>({ baseUrl: BASE_URL, fetch, headers: { Authorization: `Bearer ${token.secret}` } });
    const listed = await client.GET("/notifications", { params: { query: {} } });
    expect(listed.response.status).toBe(200);
    expect(listed.data?.items.map(({ id }) => id)).toContain(notification.id);
  });
});

describe("the tRPC endpoint with a bearer token", () => {
  const trpcClient = (fetch: ReturnType<typeof trpcFetch>, bearer: string) =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: "http://planner.test/api/trpc", transformer, fetch, headers: { Authorization: `Bearer ${bearer}` } })],
    });

  test("a typed client works with a token; a read-only token cannot change anything", async ({ db, owner, clock }) => {
    const fetch = trpcFetch(db, clock.now);
    const writer = trpcClient(fetch, (await personalToken(db, owner.id, "READ_WRITE")).secret);
    const reader = trpcClient(fetch, (await personalToken(db, owner.id, "READ")).secret);

    const todo = await writer.todo.create.mutate({ contents: "through tRPC" });
    expect(todo.contents).toBe("through tRPC");
    // Dates come back as Dates (superjson), in one batch with another call.
    const [me, page] = await Promise.all([reader.auth.me.query(), reader.todo.list.query({})]);
    expect(me.username).toBe(owner.username);
    expect(page.items.map(({ id }) => id)).toEqual([todo.id]);
    expect(page.items[0]!.createdAt).toBeInstanceOf(Date);

    const refused = await reader.todo.toggle.mutate({ id: todo.id }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<AppRouter>).data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403, errorCode: "tokenReadOnly" });
    expect((await db.prisma.todo.findUniqueOrThrow({ where: { id: todo.id } })).done).toBe(false);

    const nobody = await trpcClient(fetch, "pln_not-a-token").auth.me.query().catch((error: unknown) => error);
    expect((nobody as TRPCClientError<AppRouter>).data).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
  });
});
