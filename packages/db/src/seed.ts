import { addDaysToDate, dueInstant, localDateOf, orderKeyAfter, type Role, type TodoColor } from "@planner/domain";
import type { Database } from "./database";
import { newId } from "./ids";
import { hashPassword, hashPasswordsAtOnce } from "./passwords";

/** Demo accounts; the README lists the same usernames and passwords. */
export const DEMO_ACCOUNTS: readonly { username: string; password: string; name: string; role: Role }[] = [
  { username: "admin", password: "admin-pass-1", name: "Ada Admin", role: "ADMIN" },
  { username: "user01", password: "user01-pass", name: "Uma User", role: "USER" },
  { username: "user02", password: "user02-pass", name: "Ulf User", role: "USER" },
  { username: "viewer01", password: "viewer01-pass", name: "Vera Viewer", role: "SUBSCRIBER" },
];

/** A demo todo: due in so many days from the seed's today (UTC, the demo accounts' zone), optionally at a time. */
type DemoTodo = {
  contents: string;
  dueInDays?: number;
  dueTime?: string;
  priority?: number;
  project?: string;
  labels?: string[];
  done?: boolean;
  subtasks?: string[];
};

/** Each account's projects, labels and todos (in the order the list shows them), so the app looks lived in. */
const DEMO_TODO_LISTS: Record<string, { projects: { name: string; color: TodoColor }[]; labels: { name: string; color: TodoColor }[]; todos: DemoTodo[] }> = {
  user01: {
    projects: [
      { name: "Home", color: "green" },
      { name: "Study", color: "purple" },
    ],
    labels: [
      { name: "errand", color: "orange" },
      { name: "phone", color: "blue" },
    ],
    todos: [
      { contents: "Pay the electricity bill", dueInDays: -1, priority: 1 },
      { contents: "Buy milk", dueInDays: 0, priority: 2, project: "Home", labels: ["errand"] },
      { contents: "Book dentist appointment", dueInDays: 1, dueTime: "10:00", labels: ["phone"] },
      { contents: "Read chapter 3 of the study notes", dueInDays: 3, priority: 3, project: "Study", subtasks: ["Summarise section 3.1", "Do the exercises"] },
      { contents: "Return the library books", project: "Study", labels: ["errand"], done: true },
    ],
  },
  user02: {
    projects: [{ name: "Team", color: "blue" }],
    labels: [{ name: "garden", color: "green" }],
    todos: [
      { contents: "Water the plants", dueInDays: 0, labels: ["garden"] },
      { contents: "Plan the team offsite", dueInDays: 5, priority: 2, project: "Team", subtasks: ["Shortlist venues"] },
    ],
  },
  admin: { projects: [], labels: [], todos: [{ contents: "Review new accounts", dueInDays: 0, priority: 3 }] },
};

const DEMO_SCHEDULES: Record<string, { title: string; dayOffset: number; startHour: number; hours: number }[]> = {
  user01: [
    { title: "Team stand-up", dayOffset: 0, startHour: 9, hours: 0.5 },
    { title: "Deep work", dayOffset: 1, startHour: 10, hours: 2 },
    { title: "Gym", dayOffset: 2, startHour: 18, hours: 1 },
  ],
  user02: [{ title: "Project review", dayOffset: 1, startHour: 14, hours: 1.5 }],
};

/**
 * The demo accounts' password hashes, by username: about a second of bcrypt at
 * the default cost, on libuv's thread pool, so a caller can start it early and
 * let it run beside other work (see app-database.ts).
 */
export async function hashDemoPasswords(): Promise<Map<string, string>> {
  const hashes = await hashPasswordsAtOnce(DEMO_ACCOUNTS.map((account) => account.password));
  return new Map(DEMO_ACCOUNTS.map((account, index) => [account.username, hashes[index]!]));
}

/**
 * Creates the demo accounts with a few todos and schedules. Idempotent: an
 * account that already exists (by username) is left exactly as it is.
 * `passwordHashes`: from hashDemoPasswords, when it was started earlier.
 */
export async function seedDemoData(db: Database, now: Date = new Date(), passwordHashes?: Promise<Map<string, string>>): Promise<void> {
  const hashes = await passwordHashes;
  const { prisma } = db;
  const ids = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const existing = await prisma.user.findUnique({ where: { username: account.username }, select: { id: true } });
    if (existing) {
      ids.set(account.username, existing.id);
      continue;
    }
    const user = await db.users.create({
      username: account.username,
      email: `${account.username}@example.com`,
      passwordHash: hashes?.get(account.username) ?? (await hashPassword(account.password)),
      name: account.name,
      role: account.role,
    });
    ids.set(account.username, user.id);
    await seedOwnData(db, account.username, user.id, now);
  }
  const viewer = ids.get("viewer01");
  const owner = ids.get("user01");
  if (viewer && owner) {
    await prisma.subscription.upsert({
      where: { subscriberId_ownerId: { subscriberId: viewer, ownerId: owner } },
      create: { subscriberId: viewer, ownerId: owner, grantedById: owner },
      update: {},
    });
  }
}

async function seedOwnData(db: Database, username: string, ownerId: string, now: Date): Promise<void> {
  await seedTodoLists(db, ownerId, now, DEMO_TODO_LISTS[username]);
  const midnightUtc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  await db.prisma.schedule.createMany({
    data: (DEMO_SCHEDULES[username] ?? []).map((schedule) => {
      const startAt = new Date(midnightUtc + (schedule.dayOffset * 24 + schedule.startHour) * 3_600_000);
      return {
        id: newId(),
        ownerId,
        createdById: ownerId,
        title: schedule.title,
        startAt,
        endAt: new Date(startAt.getTime() + schedule.hours * 3_600_000),
      };
    }),
  });
}

async function seedTodoLists(db: Database, ownerId: string, now: Date, lists: (typeof DEMO_TODO_LISTS)[string] | undefined): Promise<void> {
  if (!lists) return;
  const { prisma } = db;
  const today = localDateOf(now, "UTC");
  let projectKey: string | null = null;
  const projects = new Map<string, string>();
  for (const project of lists.projects) {
    const id = newId();
    projects.set(project.name, id);
    await prisma.project.create({ data: { id, ownerId, ...project, position: (projectKey = orderKeyAfter(projectKey)) } });
  }
  const labels = new Map<string, string>();
  for (const label of lists.labels) {
    const id = newId();
    labels.set(label.name, id);
    await prisma.label.create({ data: { id, ownerId, ...label } });
  }
  // Top to bottom in the manual order; created a minute apart, the first the newest.
  let position: string | null = null;
  let minutesAgo = 0;
  const row = (todo: DemoTodo, parent: { id: string; projectId: string | null } | null) => {
    const dueOn = todo.dueInDays === undefined ? null : addDaysToDate(today, todo.dueInDays);
    const createdAt = new Date(now.getTime() - (minutesAgo += 1) * 60_000);
    return {
      id: newId(),
      ownerId,
      contents: todo.contents,
      done: todo.done ?? false,
      dueOn: dueOn === null ? null : new Date(`${dueOn}T00:00:00.000Z`),
      dueAt: dueOn !== null && todo.dueTime ? dueInstant(dueOn, todo.dueTime, "UTC") : null,
      priority: todo.priority ?? 4,
      projectId: parent ? parent.projectId : todo.project ? projects.get(todo.project)! : null,
      parentId: parent?.id ?? null,
      position: (position = orderKeyAfter(position)),
      createdAt,
      labels: { create: (todo.labels ?? []).map((name) => ({ labelId: labels.get(name)! })) },
    };
  };
  for (const todo of lists.todos) {
    const parent = await prisma.todo.create({ data: row(todo, null), select: { id: true, projectId: true } });
    for (const contents of todo.subtasks ?? []) await prisma.todo.create({ data: row({ contents }, parent) });
  }
}
