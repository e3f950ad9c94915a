import type { Role } from "@planner/domain";
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

  count(): Promise<number> {
    return this.prisma.user.count();
  }
}
