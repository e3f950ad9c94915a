import type { Role, UserSortField } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";

export type NewUser = {
  username: string;
  email: string;
  passwordHash: string | null;
  name: string;
  timeZone?: string;
  role?: Role;
};

const publicUserSelect = {
  id: true,
  username: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  createdAt: true,
} as const;

export type PublicUser = {
  id: string;
  username: string;
  email: string;
  name: string;
  role: Role;
  timeZone: string;
  createdAt: Date;
};

/** What log-in needs, including the hash; never leaves the server. */
export type UserCredentials = {
  id: string;
  username: string;
  role: Role;
  passwordHash: string | null;
  sessionVersion: number;
};

/** A row of the admin console's users table. */
export type AdminUserRow = PublicUser & { todoCount: number; scheduleCount: number };

/** Called inside the role/delete transaction, with every admin row locked, to apply the domain's rule. */
export type AdminGuard = (target: { id: string; role: Role }, adminCount: number) => void;

export class UserRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates the user and, for ADMIN/SUBSCRIBER, its role record in one transaction. */
  async create(user: NewUser): Promise<PublicUser> {
    const id = newId();
    const role = user.role ?? "USER";
    return this.prisma.user.create({
      data: {
        id,
        username: user.username,
        email: user.email.toLowerCase(),
        passwordHash: user.passwordHash,
        name: user.name,
        timeZone: user.timeZone ?? "UTC",
        role,
        ...(role === "ADMIN" ? { admin: { create: {} } } : {}),
        ...(role === "SUBSCRIBER" ? { subscriber: { create: {} } } : {}),
      },
      select: publicUserSelect,
    });
  }

  findById(id: string): Promise<PublicUser | null> {
    return this.prisma.user.findUnique({ where: { id }, select: publicUserSelect });
  }

  /** Which of the given username and email are already taken. */
  async findTaken(username: string, email: string): Promise<{ username: boolean; email: boolean }> {
    const clashes = await this.prisma.user.findMany({
      where: { OR: [{ username }, { email: email.toLowerCase() }] },
      select: { username: true, email: true },
    });
    return {
      username: clashes.some((user) => user.username === username),
      email: clashes.some((user) => user.email === email.toLowerCase()),
    };
  }

  /** Looks an account up by email (when the login contains "@") or by username. */
  findCredentials(login: string): Promise<UserCredentials | null> {
    const normalized = login.trim().toLowerCase();
    const where = normalized.includes("@") ? { email: normalized } : { username: normalized };
    return this.prisma.user.findUnique({
      where,
      select: { id: true, username: true, role: true, passwordHash: true, sessionVersion: true },
    });
  }

  /** The little a request needs to trust a session: does it still exist, which role, which version. */
  findSessionAccount(id: string): Promise<{ id: string; role: Role; sessionVersion: number } | null> {
    return this.prisma.user.findUnique({ where: { id }, select: { id: true, role: true, sessionVersion: true } });
  }

  async timeZoneOf(id: string): Promise<string | null> {
    const user = await this.prisma.user.findUnique({ where: { id }, select: { timeZone: true } });
    return user?.timeZone ?? null;
  }

  async setTimeZone(id: string, timeZone: string): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { timeZone } });
  }

  findByLogin(login: string): Promise<PublicUser | null> {
    const normalized = login.trim().toLowerCase();
    const where = normalized.includes("@") ? { email: normalized } : { username: normalized };
    return this.prisma.user.findUnique({ where, select: publicUserSelect });
  }

  /** The admin console's table: search, role filter, sorting, offset pagination, a total. */
  async listForAdmin(filter: {
    search?: string;
    role?: Role;
    sort: UserSortField;
    order: "asc" | "desc";
    offset: number;
    limit: number;
  }): Promise<{ items: AdminUserRow[]; total: number }> {
    const search = filter.search?.trim();
    const where = {
      role: filter.role,
      ...(search
        ? { OR: [{ username: { contains: search.toLowerCase() } }, { email: { contains: search.toLowerCase() } }] }
        : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        where,
        orderBy: [{ [filter.sort]: filter.order }, { id: "asc" }],
        skip: filter.offset,
        take: filter.limit,
        select: { ...publicUserSelect, _count: { select: { todos: true, schedules: true } } },
      }),
      this.prisma.user.count({ where }),
    ]);
    const items = rows.map(({ _count, ...user }) => ({ ...user, todoCount: _count.todos, scheduleCount: _count.schedules }));
    return { items, total };
  }

  /**
   * Changes the role and keeps the Admin and Subscriber records in step, in
   * one transaction. Every admin row is locked first, so two admins demoting
   * each other at once cannot both pass the last-admin rule.
   */
  async changeRole(userId: string, role: Role, grantedById: string, guard: AdminGuard): Promise<PublicUser | null> {
    return this.prisma.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ user_id: string }[]>`SELECT user_id FROM admins FOR UPDATE`;
      const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
      if (!target) return null;
      guard(target, admins.length);
      if (role === "ADMIN") {
        await tx.admin.upsert({ where: { userId }, create: { userId, grantedById }, update: {} });
      } else {
        await tx.admin.deleteMany({ where: { userId } });
      }
      if (role === "SUBSCRIBER") {
        await tx.subscriber.upsert({ where: { userId }, create: { userId }, update: {} });
      } else {
        await tx.subscriber.deleteMany({ where: { userId } }); // and with it, its subscriptions
      }
      return tx.user.update({ where: { id: userId }, data: { role }, select: publicUserSelect });
    });
  }

  /** Deletes the account and, by cascade, everything of theirs; under the same admin lock as changeRole. */
  async delete(userId: string, guard: AdminGuard): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ user_id: string }[]>`SELECT user_id FROM admins FOR UPDATE`;
      const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, username: true, email: true } });
      if (!target) return false;
      guard(target, admins.length);
      await tx.user.delete({ where: { id: userId } });
      // Failed-log-in counters are keyed by what was typed, not by a foreign key.
      await tx.rateLimitCounter.deleteMany({ where: { key: { in: [`login:account:${target.username}`, `login:account:${target.email}`] } } });
      return true;
    });
  }

  findPasswordHash(id: string): Promise<{ passwordHash: string | null } | null> {
    return this.prisma.user.findUnique({ where: { id }, select: { passwordHash: true } });
  }

  /** Sets a new password and ends every session issued before (they carry the old version). */
  async setPassword(id: string, passwordHash: string): Promise<{ sessionVersion: number }> {
    return this.prisma.user.update({
      where: { id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
  }

  updateProfile(id: string, profile: { name: string; timeZone: string }): Promise<PublicUser> {
    return this.prisma.user.update({ where: { id }, data: profile, select: publicUserSelect });
  }

  count(): Promise<number> {
    return this.prisma.user.count();
  }
}
