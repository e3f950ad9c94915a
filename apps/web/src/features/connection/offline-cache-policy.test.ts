import { describe, expect, it } from "vitest";
import { USER_KEY_HEADER, keepUnder, mayServe, personalCacheName, personalRequestKind, userKeyOfCache } from "./offline-cache-policy";

const origin = "https://planner.example";
const get = (path: string, more: Partial<Parameters<typeof personalRequestKind>[0]> = {}) =>
  personalRequestKind({ url: `${origin}${path}`, method: "GET", mode: "cors", origin, userKey: "k1", ...more });
const input = encodeURIComponent(JSON.stringify({ json: { from: "2026-03-01", to: "2026-04-01" } }));

describe("personalRequestKind", () => {
  it("keeps the calendar's and the todo list's reads, alone or batched together, asked with a person's key", () => {
    expect(get(`/api/trpc/schedule.range?input=${input}`)).toBe("data");
    expect(get("/api/trpc/todo.list?input=%7B%7D")).toBe("data");
    expect(get("/api/trpc/notification.unreadCount,todo.list?batch=1&input=%7B%7D")).toBe("data");
    // The todo page's side column comes in the list's batch.
    expect(get("/api/trpc/todo.list,todo.project.list,todo.label.list,todo.viewCounts?batch=1&input=%7B%7D")).toBe("data");
  });

  it("never keeps log-in, admin, token or account answers, nor a batch with one of them", () => {
    for (const path of [
      "/api/trpc/auth.me",
      "/api/trpc/admin.users.list?input=%7B%7D",
      "/api/trpc/admin.schedules.range?input=%7B%7D",
      "/api/trpc/account.apiTokens.list",
      "/api/trpc/todo.list,account.apiTokens.list?batch=1",
      "/api/trpc/auth.sessions",
      "/api/auth/session",
      "/api/v1/schedules",
      "/api/calendar/secret.ics",
    ]) {
      expect(get(path), path).toBeNull();
    }
  });

  it("keeps nothing without the person's key, and no change (only GET), and nothing of another site", () => {
    expect(get("/api/trpc/todo.list", { userKey: null })).toBeNull();
    expect(get("/api/trpc/todo.create", { method: "POST" })).toBeNull();
    expect(personalRequestKind({ url: "https://elsewhere.example/api/trpc/todo.list", method: "GET", mode: "cors", origin, userKey: "k1" })).toBeNull();
  });

  it("keeps the calendar and todo pages, and no other page", () => {
    expect(get("/calendar", { mode: "navigate", userKey: null })).toBe("page");
    expect(get("/calendar?view=month&date=2026-03-01", { mode: "navigate", userKey: null })).toBe("page");
    expect(get("/todos", { mode: "navigate", userKey: null })).toBe("page");
    for (const path of ["/login", "/settings", "/admin", "/admin/users/1/calendar", "/schedules", "/"]) {
      expect(get(path, { mode: "navigate", userKey: null }), path).toBeNull();
    }
  });
});

describe("whose copy", () => {
  const answer = (status: number, label: string | null, extra: Partial<{ redirected: boolean; type: string }> = {}) => ({
    status,
    redirected: false,
    type: "basic",
    headers: new Headers(label ? { [USER_KEY_HEADER]: label } : {}),
    ...extra,
  });

  it("keeps a labelled 200 under its label, for a page; for a read, only when the label is the key it was asked with", () => {
    expect(keepUnder(answer(200, "k1"), null)).toBe("k1");
    expect(keepUnder(answer(200, "k1"), "k1")).toBe("k1");
    expect(keepUnder(answer(200, "k2"), "k1")).toBeNull();
  });

  it("keeps no unlabelled, failed or redirected answer", () => {
    expect(keepUnder(answer(200, null), null)).toBeNull();
    expect(keepUnder(answer(401, "k1"), "k1")).toBeNull();
    expect(keepUnder(answer(500, "k1"), "k1")).toBeNull();
    expect(keepUnder(answer(200, "k1", { redirected: true }), null)).toBeNull();
    expect(keepUnder(answer(0, null, { type: "opaqueredirect" }), null)).toBeNull();
  });

  it("hands a copy back only to its own person", () => {
    expect(mayServe({ headers: new Headers({ [USER_KEY_HEADER]: "k1" }) }, "k1")).toBe(true);
    expect(mayServe({ headers: new Headers({ [USER_KEY_HEADER]: "k1" }) }, "k2")).toBe(false);
    expect(mayServe({ headers: new Headers() }, "k1")).toBe(false);
  });

  it("names caches after the person, and tells them from other caches", () => {
    expect(userKeyOfCache(personalCacheName("k1"))).toBe("k1");
    expect(userKeyOfCache("serwist-precache-v2-https://planner.example/")).toBeNull();
  });
});
