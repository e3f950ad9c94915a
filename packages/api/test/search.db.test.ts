import { describe, expect } from "vitest";
import { SEARCH_RESULT_LIMIT } from "@planner/domain";
import { apiTest, openSharedDb } from "./fixture";
import { callerFor, codeOf } from "./helpers";

// The clock is TEST_NOW, Saturday 2026-11-21 10:00 UTC: "today" starts at
// midnight of the 21st in the caller's zone.

const slot = (start: string, end: string) => ({ startAt: new Date(start), endAt: new Date(end) });
const titlesOf = (days: { date: string; schedules: { title: string }[] }[]) => days.map((day) => [day.date, day.schedules.map((schedule) => schedule.title)]);

const it = apiTest
  .extend("plan", ({ asOwner }) => (title: string, start: string, end: string, memo?: string) => asOwner().schedule.create({ title, memo, ...slot(start, end) }))
  .extend("search", ({ callerAt, owner }) => (query: string) => callerAt(owner).search.query({ query }));
it.beforeAll(openSharedDb);

describe("search.query", () => {
  it("finds a Korean schedule by part of its title: 회의 finds 주간 회의", async ({ plan, search }) => {
    await plan("주간 회의", "2026-11-23T01:00:00Z", "2026-11-23T02:00:00Z");
    await plan("점심 약속", "2026-11-23T03:00:00Z", "2026-11-23T04:00:00Z");
    const results = await search("회의");
    expect(titlesOf(results.upcoming)).toEqual([["2026-11-23", ["주간 회의"]]]);
    expect(results).toMatchObject({ query: "회의", past: [], todos: [], moreUpcoming: false });
  });

  it("ignores case in English and looks in the memo and in todos", async ({ plan, search, asOwner }) => {
    await plan("Team MEETING", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z");
    await plan("Lunch", "2026-11-25T12:00:00Z", "2026-11-25T13:00:00Z", "then a quick meeting");
    await plan("Gym", "2026-11-26T12:00:00Z", "2026-11-26T13:00:00Z");
    await asOwner().todo.create({ contents: "Book the meeting room" });
    await asOwner().todo.create({ contents: "Buy milk" });
    const results = await search("  meeting ");
    expect(results.query).toBe("meeting");
    expect(titlesOf(results.upcoming)).toEqual([
      ["2026-11-24", ["Team MEETING"]],
      ["2026-11-25", ["Lunch"]],
    ]);
    expect(results.todos.map((todo) => todo.contents)).toEqual(["Book the meeting room"]);
  });

  it("takes % and _ literally", async ({ plan, search, asOwner }) => {
    await plan("Progress 100%", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z");
    await plan("Progress 1000", "2026-11-24T11:00:00Z", "2026-11-24T12:00:00Z");
    await plan("file_name", "2026-11-24T13:00:00Z", "2026-11-24T14:00:00Z");
    await plan("file-name", "2026-11-24T15:00:00Z", "2026-11-24T16:00:00Z");
    await plan("back\\slash", "2026-11-24T17:00:00Z", "2026-11-24T18:00:00Z");
    await asOwner().todo.create({ contents: "50% off" });
    await asOwner().todo.create({ contents: "500 off" });
    expect(titlesOf((await search("100%")).upcoming)).toEqual([["2026-11-24", ["Progress 100%"]]]);
    expect(titlesOf((await search("%")).upcoming)).toEqual([["2026-11-24", ["Progress 100%"]]]);
    expect(titlesOf((await search("e_n")).upcoming)).toEqual([["2026-11-24", ["file_name"]]]);
    expect(titlesOf((await search("k\\s")).upcoming)).toEqual([["2026-11-24", ["back\\slash"]]]);
    expect((await search("0%")).todos.map((todo) => todo.contents)).toEqual(["50% off"]);
  });

  it("groups by the start date in the caller's zone: upcoming nearest first, past latest first", async ({ db, owner, plan, search }) => {
    await db.users.setTimeZone(owner.id, "Asia/Seoul");
    // 2026-11-20T15:00Z is already the 21st (today) in Seoul; 14:00Z is still the 20th.
    await plan("회의 today", "2026-11-20T15:00:00Z", "2026-11-20T16:00:00Z");
    await plan("회의 yesterday", "2026-11-20T14:00:00Z", "2026-11-20T14:30:00Z");
    await plan("회의 last week", "2026-11-13T01:00:00Z", "2026-11-13T02:00:00Z");
    await plan("회의 next month late", "2026-12-02T08:00:00Z", "2026-12-02T09:00:00Z");
    await plan("회의 next month early", "2026-12-02T00:00:00Z", "2026-12-02T01:00:00Z");
    const results = await search("회의");
    expect(results.timeZone).toBe("Asia/Seoul");
    expect(titlesOf(results.upcoming)).toEqual([
      ["2026-11-21", ["회의 today"]],
      ["2026-12-02", ["회의 next month early", "회의 next month late"]],
    ]);
    expect(titlesOf(results.past)).toEqual([
      ["2026-11-20", ["회의 yesterday"]],
      ["2026-11-13", ["회의 last week"]],
    ]);
  });

  it("never returns another person's schedules or todos, shared calendars included", async ({ db, owner, stranger, subscriber, search }) => {
    await callerFor(db, stranger).schedule.create({ title: "회의 of someone else", ...slot("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z") });
    await callerFor(db, stranger).todo.create({ contents: "회의 todo of someone else" });
    await db.subscriptions.grant(subscriber.id, stranger.id, stranger.id);
    const empty = { upcoming: [], past: [], todos: [], moreUpcoming: false, morePast: false, moreTodos: false };
    expect(await search("회의")).toMatchObject(empty);
    expect(await callerFor(db, subscriber).search.query({ query: "회의" })).toMatchObject(empty);
    expect(owner.id).not.toBe(stranger.id);
  });

  it("lists at most the limit on each side and says there are more", async ({ db, owner, search }) => {
    const rows = Array.from({ length: SEARCH_RESULT_LIMIT + 2 }, (_, index) => ({
      id: crypto.randomUUID(),
      ownerId: owner.id,
      createdById: owner.id,
      title: `회의 ${index}`,
      startAt: new Date(Date.UTC(2026, 11, 1, 0, 30 * index)),
      endAt: new Date(Date.UTC(2026, 11, 1, 0, 30 * index + 30)),
    }));
    await db.prisma.schedule.createMany({ data: rows });
    const results = await search("회의");
    expect(results.upcoming.flatMap((day) => day.schedules)).toHaveLength(SEARCH_RESULT_LIMIT);
    expect(results.upcoming[0]!.schedules[0]!.title).toBe("회의 0");
    expect(results.moreUpcoming).toBe(true);
    expect(results.morePast).toBe(false);
  });

  it.for([
    ["an empty query", ""],
    ["only spaces", "   "],
    ["101 characters", "x".repeat(101)],
    ["a line break", "a\nb"],
  ] as const)("refuses %s with BAD_REQUEST", async ([_label, query], { db, owner }) => {
    expect(await codeOf(() => callerFor(db, owner).search.query({ query }))).toBe("BAD_REQUEST");
  });

  it("is UNAUTHORIZED for anonymous callers", async ({ db }) => {
    expect(await codeOf(() => callerFor(db, null).search.query({ query: "회의" }))).toBe("UNAUTHORIZED");
  });
});
