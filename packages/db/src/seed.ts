import { orderKeyBefore, type Role } from "@planner/domain";
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

const DEMO_TODOS: Record<string, string[]> = {
  user01: ["Buy milk", "Book dentist appointment", "Read chapter 3 of the study notes"],
  user02: ["Water the plants", "Plan the team offsite"],
  admin: ["Review new accounts"],
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
  const todos = DEMO_TODOS[username] ?? [];
  // Each newer one first in the manual order, as creating them one by one would put them.
  let position: string | null = null;
  const positions = todos.map(() => (position = orderKeyBefore(position)));
  await db.prisma.todo.createMany({
    data: todos.map((contents, index) => ({
      position: positions[index]!,
      id: newId(),
      ownerId,
      contents,
      done: index === todos.length - 1 && todos.length > 1,
      // Oldest first so the list (newest first) shows them in reading order.
      createdAt: new Date(now.getTime() - (todos.length - index) * 60_000),
    })),
  });
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
