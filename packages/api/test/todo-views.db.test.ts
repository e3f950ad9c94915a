import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf } from "./helpers";

// The views of the todo screen in the owner's own time zone: Today and
// Upcoming move at the owner's midnight, not at UTC's.

const it = apiTest;
it.beforeAll(openSharedDb);

/** 23:30 on Saturday 21 November in Seoul (UTC+9), and an hour later, 00:30 on Sunday the 22nd. */
const SEOUL_2330 = new Date("2026-11-21T14:30:00Z");
const SEOUL_0030 = new Date("2026-11-21T15:30:00Z");

describe("Today and Upcoming in the owner's zone (Asia/Seoul)", () => {
  it("move at the owner's midnight, mark overdue ones, and read due times in that zone", async ({ db, owner, clock, callerAt }) => {
    await db.users.setTimeZone(owner.id, "Asia/Seoul");
    clock.set(SEOUL_2330);
    const caller = callerAt(owner);
    const create = (contents: string, dueOn?: string, dueTime?: string) => caller.todo.create({ contents, dueOn, dueTime });
    await create("yesterday", "2026-11-20");
    await create("today", "2026-11-21");
    const timedToday = await create("today 23:00", "2026-11-21", "23:00");
    // 00:30 on the 22nd in Seoul is still the 21st in UTC: it must not count as today.
    const timedTomorrow = await create("tomorrow 00:30", "2026-11-22", "00:30");
    await create("tomorrow", "2026-11-22");
    await create("in 13 days", "2026-12-04");
    await create("in 14 days", "2026-12-05");
    await create("no date");

    expect(timedToday.dueAt).toEqual(new Date("2026-11-21T14:00:00Z"));
    expect(timedTomorrow).toMatchObject({ dueOn: "2026-11-22", dueAt: new Date("2026-11-21T15:30:00Z"), overdue: false });

    const before = await caller.todo.list({ view: "today" });
    expect(before.today).toBe("2026-11-21");
    expect(before.items.map((item) => [item.contents, item.overdue])).toEqual([
      ["yesterday", true],
      ["today", false],
      // Its time has passed: overdue although it is due today.
      ["today 23:00", true],
    ]);
    expect((await caller.todo.list({ view: "upcoming" })).items.map((item) => item.contents)).toEqual([
      "today",
      "today 23:00",
      "tomorrow",
      "tomorrow 00:30",
      "in 13 days",
    ]);
    expect(await caller.todo.viewCounts()).toMatchObject({ today: 3, overdue: 2, upcoming: 5, inbox: 8 });

    clock.set(SEOUL_0030);
    const after = await caller.todo.list({ view: "today" });
    expect(after.today).toBe("2026-11-22");
    expect(after.items.map((item) => [item.contents, item.overdue])).toEqual([
      ["yesterday", true],
      ["today", true],
      ["today 23:00", true],
      ["tomorrow", false],
      ["tomorrow 00:30", false],
    ]);
    expect(after.counts).toEqual({ all: 5, open: 5, done: 0 });
    expect((await caller.todo.list({ view: "upcoming" })).items.map((item) => item.contents)).toEqual([
      "tomorrow",
      "tomorrow 00:30",
      "in 13 days",
      "in 14 days",
    ]);
    expect(await caller.todo.viewCounts()).toMatchObject({ today: 5, overdue: 3, upcoming: 4 });
  });

  it("keep a done todo out of overdue, and filter open and done within a view", async ({ db, owner, clock, callerAt }) => {
    await db.users.setTimeZone(owner.id, "Asia/Seoul");
    clock.set(SEOUL_2330);
    const caller = callerAt(owner);
    const late = await caller.todo.create({ contents: "late", dueOn: "2026-11-19" });
    await caller.todo.create({ contents: "also late", dueOn: "2026-11-19" });
    expect(await caller.todo.toggle({ id: late.id })).toMatchObject({ done: true, overdue: false });
    const open = await caller.todo.list({ view: "today", filter: "open" });
    expect(open.items.map((item) => item.contents)).toEqual(["also late"]);
    expect(open.counts).toEqual({ all: 2, open: 1, done: 1 });
    expect((await caller.todo.list({ view: "today", filter: "done" })).items.map((item) => item.contents)).toEqual(["late"]);
    expect(await caller.todo.viewCounts()).toMatchObject({ today: 1, overdue: 1 });
  });
});

describe("the view order", () => {
  it("is due date (none last; a date alone before timed ones that day), then priority, then the manual order, and pages by cursor", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    await caller.todo.create({ contents: "none P4 older" });
    await caller.todo.create({ contents: "none P1", priority: 1 });
    await caller.todo.create({ contents: "none P4 newer" });
    await caller.todo.create({ contents: "21st 09:00 P1", dueOn: "2026-11-21", dueTime: "09:00", priority: 1 });
    await caller.todo.create({ contents: "21st 08:00 P4", dueOn: "2026-11-21", dueTime: "08:00" });
    await caller.todo.create({ contents: "21st P4", dueOn: "2026-11-21" });
    await caller.todo.create({ contents: "21st P1", dueOn: "2026-11-21", priority: 1 });
    await caller.todo.create({ contents: "20th P4", dueOn: "2026-11-20" });
    const expected = ["20th P4", "21st P1", "21st P4", "21st 08:00 P4", "21st 09:00 P1", "none P1", "none P4 newer", "none P4 older"];

    expect((await caller.todo.list({})).items.map((item) => item.contents)).toEqual(expected);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.todo.list>> = await caller.todo.list({ limit: 3, cursor });
      seen.push(...page.items.map((item) => item.contents));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it("keeps old clients working: no view is all, newest first when nothing is due", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    await caller.todo.create({ contents: "first" });
    const second = await caller.todo.create({ contents: "second" });
    expect(second).toMatchObject({ dueOn: null, dueAt: null, priority: 4, project: null, labels: [], parent: null, subtasks: [], reminderMinutes: [] });
    expect(await caller.todo.update({ id: second.id, contents: "second, edited" })).toMatchObject({ contents: "second, edited", priority: 4 });
    const page = await caller.todo.list();
    expect(page.items.map((item) => item.contents)).toEqual(["second, edited", "first"]);
  });
});

describe("project, inbox and label views", () => {
  it("list a project's or the Inbox's top-level todos with subtasks nested, and every labelled todo", async ({ owner, callerAt }) => {
    const caller = callerAt(owner);
    const work = await caller.todo.project.create({ name: "Work", color: "blue" });
    const phone = await caller.todo.label.create({ name: "phone", color: "green" });
    const report = await caller.todo.create({ contents: "report", projectId: work.id, priority: 2 });
    const draft = await caller.todo.create({ contents: "draft", parentId: report.id, labelIds: [phone.id] });
    await caller.todo.create({ contents: "outline", parentId: report.id });
    await caller.todo.create({ contents: "call mom", labelIds: [phone.id] });
    await caller.todo.create({ contents: "inbox only" });

    expect(draft).toMatchObject({ project: { id: work.id, name: "Work", color: "blue" }, parent: { id: report.id, contents: "report" }, labels: [{ id: phone.id, name: "phone" }] });
    const project = await caller.todo.list({ view: "project", projectId: work.id });
    expect(project.items.map((item) => [item.contents, item.subtasks.map((subtask) => subtask.contents)])).toEqual([["report", ["outline", "draft"]]]);
    expect(project.counts).toEqual({ all: 1, open: 1, done: 0 });

    expect((await caller.todo.list({ view: "inbox" })).items.map((item) => item.contents)).toEqual(["inbox only", "call mom"]);
    const labelled = await caller.todo.list({ view: "label", labelId: phone.id });
    expect(labelled.items.map((item) => [item.contents, item.parent?.contents ?? null])).toEqual([
      ["call mom", null],
      ["draft", "report"],
    ]);
    expect((await caller.todo.list({ view: "all" })).items.map((item) => item.contents)).toEqual(["report", "inbox only", "call mom"]);
    expect(await caller.todo.viewCounts()).toMatchObject({ inbox: 2, projects: [{ id: work.id, count: 1 }], labels: [{ id: phone.id, count: 2 }] });
  });

  it("answer another person's or an unknown project or label with NOT_FOUND, and a view without its id with BAD_REQUEST", async ({ db, owner, stranger, callerAt }) => {
    const theirs = await callerAt(stranger).todo.project.create({ name: "Theirs" });
    const theirLabel = await callerAt(stranger).todo.label.create({ name: "theirs" });
    const missing = "01a1fd73-7f0b-7583-b1b8-dca8ca9a0150";
    const caller = callerAt(owner);
    expect(await codeOf(() => caller.todo.list({ view: "project", projectId: theirs.id }))).toBe("NOT_FOUND");
    expect(await codeOf(() => caller.todo.list({ view: "project", projectId: missing }))).toBe("NOT_FOUND");
    expect(await codeOf(() => caller.todo.list({ view: "label", labelId: theirLabel.id }))).toBe("NOT_FOUND");
    expect(await codeOf(() => caller.todo.list({ view: "project" }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.list({ view: "today", projectId: theirs.id }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => caller.todo.list({ view: "someday" } as never))).toBe("BAD_REQUEST");
    expect(await db.prisma.todo.count()).toBe(0);
  });
});

describe("todo.range (the calendar)", () => {
  it("gives the todos due on the window's dates in the owner's zone, plus open overdue ones when it holds today", async ({ db, owner, clock, callerAt }) => {
    await db.users.setTimeZone(owner.id, "Asia/Seoul");
    clock.set(SEOUL_2330);
    const caller = callerAt(owner);
    await caller.todo.create({ contents: "long overdue", dueOn: "2026-10-01" });
    const doneLate = await caller.todo.create({ contents: "done late", dueOn: "2026-10-02" });
    await caller.todo.toggle({ id: doneLate.id });
    await caller.todo.create({ contents: "monday", dueOn: "2026-11-23", dueTime: "10:00" });
    await caller.todo.create({ contents: "next month", dueOn: "2026-12-01" });
    await caller.todo.create({ contents: "no date" });
    // The week of Monday 16 to Sunday 22 November and the next, as local midnights in Seoul.
    const thisWeek = await caller.todo.range({ from: new Date("2026-11-15T15:00:00Z"), to: new Date("2026-11-22T15:00:00Z") });
    expect(thisWeek).toMatchObject({ today: "2026-11-21", more: false });
    expect(thisWeek.items.map((item) => item.contents)).toEqual(["long overdue"]);
    const nextWeek = await caller.todo.range({ from: new Date("2026-11-22T15:00:00Z"), to: new Date("2026-11-29T15:00:00Z") });
    expect(nextWeek.items.map((item) => [item.contents, item.dueAt])).toEqual([["monday", new Date("2026-11-23T01:00:00Z")]]);
    expect(await codeOf(() => caller.todo.range({ from: new Date("2026-11-22T15:00:00Z"), to: new Date("2026-11-22T15:00:00Z") }))).toBe("BAD_REQUEST");
  });
});
