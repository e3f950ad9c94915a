// The lists bench:lists measures, each at its first page and at a deep page.
// A case prepares its input once per database (finding a deep cursor is not
// timed) and returns the call to time. Add a list (e.g. a Today or project
// view of todos) by adding a case here.
import { encodeCursor, type TestDatabase } from "@planner/db/testing";
import type { createCaller } from "../src/root";
import { ROWS_PER_USER } from "./lists-seed";

type Caller = ReturnType<typeof createCaller>;

export type ListsFixture = {
  db: TestDatabase;
  /** How many bench users own rows (10 or 1,000). */
  users: number;
  admin: Caller;
  /** bench5: an owner with ROWS_PER_USER todos, schedules and notifications, followed by every subscriber. */
  owner: Caller;
  ownerId: string;
  /** sub0: follows ten owners. */
  subscriber: Caller;
};

type Call = () => Promise<unknown>;

export type ListCase = {
  list: string;
  page: "first" | "deep";
  prepare: (fixture: ListsFixture) => Call | Promise<Call>;
};

const PAGE = 20;
/** A week in the middle of the seeded schedules. */
const WEEK = { from: new Date("2026-03-02T00:00:00Z"), to: new Date("2026-03-09T00:00:00Z") };
/** Deep pages of one owner's list start half way through it. */
const OWNER_DEEP = ROWS_PER_USER / 2;
/** Deep pages of a view (Today holds about 360 of an owner's todos, a project about 170) start 100 rows in. */
const VIEW_DEEP = 100;

/** The first project in the owner's sidebar. */
async function ownersProject({ db, ownerId }: ListsFixture): Promise<string> {
  return (await db.prisma.project.findFirstOrThrow({ where: { ownerId }, orderBy: { position: "asc" }, select: { id: true } })).id;
}

/** Follows nextCursor until `rows` rows are behind it: the cursor a reader has after scrolling that far. */
async function cursorAfter(rows: number, fetch: (cursor: string | null) => Promise<{ nextCursor: string | null }>): Promise<string> {
  let cursor: string | null = null;
  for (let seen = 0; seen < rows; seen += 100) {
    cursor = (await fetch(cursor)).nextCursor;
    if (!cursor) throw new Error(`the list ended before ${rows} rows`);
  }
  return cursor!;
}

/**
 * The cursor a reader of everyone's rows would hold half way down the table:
 * found with OFFSET once here (not timed), in the list's own order.
 */
async function middleCursor(db: TestDatabase, table: "todos" | "schedules", key: "created_at" | "start_at"): Promise<string> {
  const [row] = await db.prisma.$queryRawUnsafe<{ at: Date; id: string }[]>(
    `SELECT ${key} AS at, id FROM ${table} ORDER BY ${key} DESC, id DESC OFFSET (SELECT count(*) / 2 FROM ${table}) LIMIT 1`,
  );
  return encodeCursor(new Date(row!.at), row!.id);
}

export const LIST_CASES: ListCase[] = [
  // Admin console: users (sorted, offset pages), with each user's todo and schedule counts.
  { list: "admin.users.list", page: "first", prepare: ({ admin }) => () => admin.admin.users.list({ limit: PAGE }) },
  {
    list: "admin.users.list",
    page: "deep",
    prepare: async ({ admin }) => {
      const { total } = await admin.admin.users.list({ limit: 1 });
      const offset = Math.floor((total - 1) / PAGE) * PAGE;
      return () => admin.admin.users.list({ limit: PAGE, offset });
    },
  },
  // Admin console: everyone's todos and schedules, and one owner's.
  { list: "admin.todos.list", page: "first", prepare: ({ admin }) => () => admin.admin.todos.list({ limit: PAGE }) },
  {
    list: "admin.todos.list",
    page: "deep",
    prepare: async ({ admin, db }) => {
      const cursor = await middleCursor(db, "todos", "created_at");
      return () => admin.admin.todos.list({ limit: PAGE, cursor });
    },
  },
  { list: "admin.todos.list owner", page: "first", prepare: ({ admin, ownerId }) => () => admin.admin.todos.list({ ownerId, limit: PAGE }) },
  {
    list: "admin.todos.list owner",
    page: "deep",
    prepare: async ({ admin, ownerId }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => admin.admin.todos.list({ ownerId, limit: 100, cursor: c }));
      return () => admin.admin.todos.list({ ownerId, limit: PAGE, cursor });
    },
  },
  { list: "admin.schedules.list", page: "first", prepare: ({ admin }) => () => admin.admin.schedules.list({ limit: PAGE }) },
  {
    list: "admin.schedules.list",
    page: "deep",
    prepare: async ({ admin, db }) => {
      const cursor = await middleCursor(db, "schedules", "start_at");
      return () => admin.admin.schedules.list({ limit: PAGE, cursor });
    },
  },
  {
    list: "admin.schedules.list owner",
    page: "first",
    prepare: ({ admin, ownerId }) => () => admin.admin.schedules.list({ ownerId, limit: PAGE }),
  },
  {
    list: "admin.schedules.list owner",
    page: "deep",
    prepare: async ({ admin, ownerId }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => admin.admin.schedules.list({ ownerId, limit: 100, cursor: c }));
      return () => admin.admin.schedules.list({ ownerId, limit: PAGE, cursor });
    },
  },
  // Filters combined with the keyset order.
  { list: "admin.todos.list done", page: "first", prepare: ({ admin }) => () => admin.admin.todos.list({ done: true, limit: PAGE }) },
  {
    list: "admin.schedules.list week",
    page: "first",
    prepare: ({ admin }) => () => admin.admin.schedules.list({ from: WEEK.from, to: WEEK.to, limit: PAGE }),
  },
  {
    list: "admin.schedules.list owner done",
    page: "first",
    prepare: ({ admin, ownerId }) => () => admin.admin.schedules.list({ ownerId, status: "CLOSED", limit: PAGE }),
  },
  // An owner's own lists (keyset cursors).
  { list: "todo.list", page: "first", prepare: ({ owner }) => () => owner.todo.list({ limit: PAGE }) },
  {
    list: "todo.list",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => owner.todo.list({ limit: 100, cursor: c }));
      return () => owner.todo.list({ limit: PAGE, cursor });
    },
  },
  // The todo views: Today (due today or overdue, every level) and one project's top-level todos with their subtasks.
  { list: "todo.list today", page: "first", prepare: ({ owner }) => () => owner.todo.list({ view: "today", limit: PAGE }) },
  {
    list: "todo.list today",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(VIEW_DEEP, (c) => owner.todo.list({ view: "today", limit: 100, cursor: c }));
      return () => owner.todo.list({ view: "today", limit: PAGE, cursor });
    },
  },
  { list: "todo.list project", page: "first", prepare: async (fixture) => { const projectId = await ownersProject(fixture); return () => fixture.owner.todo.list({ view: "project", projectId, limit: PAGE }); } },
  {
    list: "todo.list project",
    page: "deep",
    prepare: async (fixture) => {
      const projectId = await ownersProject(fixture);
      const cursor = await cursorAfter(VIEW_DEEP, (c) => fixture.owner.todo.list({ view: "project", projectId, limit: 100, cursor: c }));
      return () => fixture.owner.todo.list({ view: "project", projectId, limit: PAGE, cursor });
    },
  },
  { list: "todo.viewCounts", page: "first", prepare: ({ owner }) => () => owner.todo.viewCounts() },
  { list: "schedule.list", page: "first", prepare: ({ owner }) => () => owner.schedule.list({ limit: PAGE }) },
  {
    list: "schedule.list",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => owner.schedule.list({ limit: 100, cursor: c }));
      return () => owner.schedule.list({ limit: PAGE, cursor });
    },
  },
  { list: "notification.list", page: "first", prepare: ({ owner }) => () => owner.notification.list({ limit: PAGE }) },
  {
    list: "notification.list",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => owner.notification.list({ limit: 100, cursor: c }));
      return () => owner.notification.list({ limit: PAGE, cursor });
    },
  },
  // Shares: whole lists (one owner's followers, one subscriber's calendars), the same size at every scale.
  { list: "admin.shares.list", page: "first", prepare: ({ admin, ownerId }) => () => admin.admin.shares.list({ ownerId }) },
  { list: "share.followers", page: "first", prepare: ({ owner }) => () => owner.share.followers() },
  { list: "share.sharedWithMe", page: "first", prepare: ({ subscriber }) => () => subscriber.share.sharedWithMe() },
];
