import type { Locale, LoginLookup, Role, Theme, UserSortField, WeekStartDay } from "@planner/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import type { TwoFactorRecord } from "./two-factor-repository";

export type NewUser = {
  username: string;
  /** Null: an account a provider's log-in made without an address it vouched for. */
  email: string | null;
  passwordHash: string | null;
  name: string;
  timeZone?: string;
  locale?: Locale;
  role?: Role;
};

/** What an account shows of itself; shared with the provider repository's account creation. */
export const publicUserSelect = {
  id: true,
  username: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  locale: true,
  theme: true,
  weekStart: true,
  timedReminderDefaults: true,
  allDayReminderDefaults: true,
  createdAt: true,
} satisfies Prisma.UserSelect;
export type PublicUser = Prisma.UserGetPayload<{ select: typeof publicUserSelect }>;

/** What a log-in needs of an account (password log-in here, provider log-in in provider-account-repository.ts). */
export const credentialsSelect = { id: true, username: true, role: true, passwordHash: true, sessionVersion: true } satisfies Prisma.UserSelect;
/** What log-in needs, including the hash; never leaves the server. */
export type UserCredentials = Prisma.UserGetPayload<{ select: typeof credentialsSelect }>;
/** A password log-in's account with its two-step log-in record (null when it never enrolled). */
export type LogInAccount = UserCredentials & { twoFactor: TwoFactorRecord | null };

type LogInAccountRow = {
  id: string;
  username: string;
  role: Role;
  password_hash: string | null;
  session_version: number;
  secret_sealed: string | null;
  pending_secret_sealed: string | null;
  enabled_at: Date | null;
  last_used_step: number | null;
  has_two_factor: boolean;
};


const adminUserRowSelect = { ...publicUserSelect, twoFactor: { select: { enabledAt: true } } } satisfies Prisma.UserSelect;

const deletedUserSelect = { id: true, role: true, username: true, email: true } satisfies Prisma.UserSelect;
/** Who was deleted: enough for the caller to clear what is keyed by their username or email. */
export type DeletedUser = Prisma.UserGetPayload<{ select: typeof deletedUserSelect }>;

/** A row of the admin console's users table. */
export type AdminUserRow = PublicUser & { todoCount: number; scheduleCount: number; twoFactorEnabled: boolean };

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
        email: user.email?.toLowerCase() ?? null,
        passwordHash: user.passwordHash,
        name: user.name,
        timeZone: user.timeZone ?? "UTC",
        locale: user.locale ?? null,
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

  /** The account a login names (see the domain's loginLookup), with its password hash. */
  findCredentials(lookup: LoginLookup): Promise<UserCredentials | null> {
    return this.prisma.user.findUnique({ where: lookup, select: credentialsSelect });
  }

  /**
   * The account a password log-in names, with its two-step record, in one
   * statement (Prisma's `select` of the relation sends two). The embedded
   * database runs each statement on the server's own thread, so a burst of
   * log-ins holds up every other request for as many statements as they send.
   */
  async findForLogIn(lookup: LoginLookup): Promise<LogInAccount | null> {
    const where = "email" in lookup ? Prisma.sql`u.email = ${lookup.email}` : Prisma.sql`u.username = ${lookup.username}`;
    const rows = await this.prisma.$queryRaw<LogInAccountRow[]>`
      SELECT u.id, u.username, u.role::text AS role, u.password_hash, u.session_version,
             t.user_id IS NOT NULL AS has_two_factor, t.secret_sealed, t.pending_secret_sealed, t.enabled_at, t.last_used_step
      FROM users u LEFT JOIN two_factor t ON t.user_id = u.id
      WHERE ${where}`;
    const row = rows[0];
    if (!row) return null;
    const { id, username, role, password_hash: passwordHash, session_version: sessionVersion } = row;
    const twoFactor = row.has_two_factor
      ? { secretSealed: row.secret_sealed, pendingSecretSealed: row.pending_secret_sealed, enabledAt: row.enabled_at, lastUsedStep: row.last_used_step }
      : null;
    return { id, username, role, passwordHash, sessionVersion, twoFactor };
  }

  async timeZoneOf(id: string): Promise<string | null> {
    const user = await this.prisma.user.findUnique({ where: { id }, select: { timeZone: true } });
    return user?.timeZone ?? null;
  }

  /** What a new schedule of this owner takes from them: the zone of its grid and repeats, and the default reminders. */
  /** The time zones of these accounts, by id (a calendar feed writes each owner's one-off schedules in the owner's zone). */
  async timeZonesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, timeZone: true } });
    return new Map(rows.map((row) => [row.id, row.timeZone]));
  }

  scheduleSettingsOf(id: string): Promise<{ timeZone: string; timedReminderDefaults: number[]; allDayReminderDefaults: number[] } | null> {
    return this.prisma.user.findUnique({ where: { id }, select: { timeZone: true, timedReminderDefaults: true, allDayReminderDefaults: true } });
  }

  async setTimeZone(id: string, timeZone: string): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { timeZone } });
  }

  async setLocale(id: string, locale: Locale): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { locale } });
  }

  async setTheme(id: string, theme: Theme): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { theme } });
  }

  async setWeekStart(id: string, weekStart: WeekStartDay | null): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { weekStart } });
  }

  /** The reminders new schedules get (minutes before; all-day: before midnight of the first day). */
  async setReminderDefaults(id: string, defaults: { timed: number[]; allDay: number[] }): Promise<void> {
    await this.prisma.user.update({ where: { id }, data: { timedReminderDefaults: defaults.timed, allDayReminderDefaults: defaults.allDay } });
  }

  findByLogin(lookup: LoginLookup): Promise<PublicUser | null> {
    return this.prisma.user.findUnique({ where: lookup, select: publicUserSelect });
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
        select: adminUserRowSelect,
      }),
      this.prisma.user.count({ where }),
    ]);
    // Counted for this page's users only, through the (owner_id, …) indexes:
    // Prisma's _count would aggregate the whole todos and schedules tables.
    const ids = rows.map((row) => row.id);
    const [todoCounts, scheduleCounts] = await Promise.all([
      this.prisma.todo.groupBy({ by: ["ownerId"], where: { ownerId: { in: ids } }, _count: { _all: true } }),
      this.prisma.schedule.groupBy({ by: ["ownerId"], where: { ownerId: { in: ids } }, _count: { _all: true } }),
    ]);
    const countOf = (groups: { ownerId: string; _count: { _all: number } }[], id: string) =>
      groups.find((group) => group.ownerId === id)?._count._all ?? 0;
    const items = rows.map(({ twoFactor, ...user }) => ({
      ...user,
      todoCount: countOf(todoCounts, user.id),
      scheduleCount: countOf(scheduleCounts, user.id),
      twoFactorEnabled: twoFactor?.enabledAt != null,
    }));
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
        // A subscriber only reads: tokens that could write die with the demotion.
        await tx.apiToken.deleteMany({ where: { userId, kind: "PERSONAL", scope: "READ_WRITE" } });
      } else {
        await tx.subscriber.deleteMany({ where: { userId } }); // and with it, its subscriptions
      }
      return tx.user.update({ where: { id: userId }, data: { role }, select: publicUserSelect });
    });
  }

  /**
   * Deletes the account and, by cascade, everything of theirs; under the same
   * admin lock as changeRole. Returns who was deleted, or null when no one was.
   */
  async delete(userId: string, guard: AdminGuard): Promise<DeletedUser | null> {
    return this.prisma.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ user_id: string }[]>`SELECT user_id FROM admins FOR UPDATE`;
      const target = await tx.user.findUnique({ where: { id: userId }, select: deletedUserSelect });
      if (!target) return null;
      guard(target, admins.length);
      await tx.user.delete({ where: { id: userId } });
      return target;
    });
  }

  findPasswordHash(id: string): Promise<Pick<UserCredentials, "passwordHash"> | null> {
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

  /**
   * A password-less account's first password. Only while it has none (the
   * check and the write are one statement); false when one was set meanwhile.
   */
  async setFirstPassword(id: string, passwordHash: string): Promise<boolean> {
    const { count } = await this.prisma.user.updateMany({ where: { id, passwordHash: null }, data: { passwordHash } });
    return count === 1;
  }

  updateProfile(id: string, profile: { name: string; timeZone: string }): Promise<PublicUser> {
    return this.prisma.user.update({ where: { id }, data: profile, select: publicUserSelect });
  }

  count(): Promise<number> {
    return this.prisma.user.count();
  }
}
