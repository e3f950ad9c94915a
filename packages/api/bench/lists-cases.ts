// The lists bench:lists measures, each at its first page and at a deep page.
// A case prepares its input once per database (finding a deep cursor is not
// timed) and returns the call to time. Add a list (e.g. a Today or project
// view of todos) by adding a case here.
import type { TestDatabase } from "@planner/db/testing";
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

export type ListCase = {
  list: string;
  page: "first" | "deep";
  prepare: (fixture: ListsFixture) => Promise<() => Promise<unknown>>;
};

const PAGE = 20;
/** Deep pages of one owner's list start half way through it. */
const OWNER_DEEP = ROWS_PER_USER / 2;

/** Follows nextCursor until `rows` rows are behind it: the cursor a reader has after scrolling that far. */
async function cursorAfter(rows: number, fetch: (cursor: string | null) => Promise<{ nextCursor: string | null }>): Promise<string> {
  let cursor: string | null = null;
  for (let seen = 0; seen < rows; seen += 100) {
    cursor = (await fetch(cursor)).nextCursor;
    if (!cursor) throw new Error(`the list ended before ${rows} rows`);
  }
  return cursor!;
}

export const LIST_CASES: ListCase[] = [
  // Admin console: users (sorted, offset pages), with each user's todo and schedule counts.
  { list: "admin.users.list", page: "first", prepare: async ({ admin }) => () => admin.admin.users.list({ limit: PAGE }) },
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
  { list: "admin.todos.list", page: "first", prepare: async ({ admin }) => () => admin.admin.todos.list({ limit: PAGE }) },
  {
    list: "admin.todos.list",
    page: "deep",
    prepare: async ({ admin, users }) => {
      const offset = (users * ROWS_PER_USER) / 2;
      return () => admin.admin.todos.list({ limit: PAGE, offset });
    },
  },
  { list: "admin.todos.list owner", page: "first", prepare: async ({ admin, ownerId }) => () => admin.admin.todos.list({ ownerId, limit: PAGE }) },
  {
    list: "admin.todos.list owner",
    page: "deep",
    prepare: async ({ admin, ownerId }) => () => admin.admin.todos.list({ ownerId, limit: PAGE, offset: OWNER_DEEP }),
  },
  { list: "admin.schedules.list", page: "first", prepare: async ({ admin }) => () => admin.admin.schedules.list({ limit: PAGE }) },
  {
    list: "admin.schedules.list",
    page: "deep",
    prepare: async ({ admin, users }) => {
      const offset = (users * ROWS_PER_USER) / 2;
      return () => admin.admin.schedules.list({ limit: PAGE, offset });
    },
  },
  {
    list: "admin.schedules.list owner",
    page: "first",
    prepare: async ({ admin, ownerId }) => () => admin.admin.schedules.list({ ownerId, limit: PAGE }),
  },
  {
    list: "admin.schedules.list owner",
    page: "deep",
    prepare: async ({ admin, ownerId }) => () => admin.admin.schedules.list({ ownerId, limit: PAGE, offset: OWNER_DEEP }),
  },
  // An owner's own lists (keyset cursors).
  { list: "todo.list", page: "first", prepare: async ({ owner }) => () => owner.todo.list({ limit: PAGE }) },
  {
    list: "todo.list",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => owner.todo.list({ limit: 100, cursor: c }));
      return () => owner.todo.list({ limit: PAGE, cursor });
    },
  },
  { list: "schedule.list", page: "first", prepare: async ({ owner }) => () => owner.schedule.list({ limit: PAGE }) },
  {
    list: "schedule.list",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => owner.schedule.list({ limit: 100, cursor: c }));
      return () => owner.schedule.list({ limit: PAGE, cursor });
    },
  },
  { list: "notification.list", page: "first", prepare: async ({ owner }) => () => owner.notification.list({ limit: PAGE }) },
  {
    list: "notification.list",
    page: "deep",
    prepare: async ({ owner }) => {
      const cursor = await cursorAfter(OWNER_DEEP, (c) => owner.notification.list({ limit: 100, cursor: c }));
      return () => owner.notification.list({ limit: PAGE, cursor });
    },
  },
  // Shares: whole lists (one owner's followers, one subscriber's calendars), the same size at every scale.
  { list: "admin.shares.list", page: "first", prepare: async ({ admin, ownerId }) => () => admin.admin.shares.list({ ownerId }) },
  { list: "share.followers", page: "first", prepare: async ({ owner }) => () => owner.share.followers() },
  { list: "share.sharedWithMe", page: "first", prepare: async ({ subscriber }) => () => subscriber.share.sharedWithMe() },
];
