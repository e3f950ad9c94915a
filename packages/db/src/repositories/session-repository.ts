import type { Role, SessionPolicy } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { asDate } from "./row-values";

/** A log-in's row, as the account's list of sessions shows it. */
export type SessionRecord = {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  kind: SessionKind;
};

/** BROWSER: a log-in page's cookie; API: a program's password-grant log-in. */
export type SessionKind = "BROWSER" | "API";

/** What a request needs to trust its session: the session's times and its account now. */
export type LiveSession = {
  id: string;
  lastActiveAt: Date;
  expiresAt: Date;
  account: { id: string; role: Role; sessionVersion: number };
};

export type NewSession = { userId: string; ip: string | null; userAgent: string | null; now: Date; lifetimeSeconds: number; kind?: SessionKind };

type LiveSessionRow = { id: string; last_active_at: Date; expires_at: Date; user_id: string; role: Role; session_version: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const recordSelect = { id: true, createdAt: true, lastActiveAt: true, expiresAt: true, ip: true, userAgent: true, kind: true } as const;

/** Server-side sessions: the cookie holds only the id, so deleting the row ends the session everywhere. */
export class SessionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(session: NewSession): Promise<string> {
    const id = newId();
    await this.prisma.session.create({
      data: {
        id,
        userId: session.userId,
        createdAt: session.now,
        lastActiveAt: session.now,
        expiresAt: new Date(session.now.getTime() + session.lifetimeSeconds * 1000),
        ip: session.ip?.slice(0, 64) ?? null,
        userAgent: session.userAgent?.slice(0, 512) ?? null,
        kind: session.kind ?? "BROWSER",
      },
    });
    return id;
  }

  /**
   * The session with its account while it holds: not past its end, not idle
   * too long, and belonging to `userId` (what the cookie claims). Every
   * authenticated request runs this, so it is one statement, the account
   * joined (Prisma's `select` of the relation sent two queries).
   */
  async findLive(id: string, userId: string, policy: SessionPolicy, now: Date): Promise<LiveSession | null> {
    // Not a uuid: no such session (and no cast error from the database).
    if (!UUID.test(id) || !UUID.test(userId)) return null;
    const rows = await this.prisma.$queryRaw<LiveSessionRow[]>`
      SELECT s.id, s.last_active_at, s.expires_at, u.id AS user_id, u.role::text AS role, u.session_version
      FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ${id}::uuid AND s.user_id = ${userId}::uuid
        AND s.expires_at > ${now}::timestamptz AND s.last_active_at > ${idleCutoff(policy, now)}::timestamptz`;
    const row = rows[0];
    return row
      ? {
          id: row.id,
          lastActiveAt: asDate(row.last_active_at),
          expiresAt: asDate(row.expires_at),
          account: { id: row.user_id, role: row.role, sessionVersion: Number(row.session_version) },
        }
      : null;
  }

  /** Records activity; a no-op when another request already did since `notBefore`. */
  async touch(id: string, now: Date, notBefore: Date): Promise<void> {
    await this.prisma.session.updateMany({ where: { id, lastActiveAt: { lt: notBefore } }, data: { lastActiveAt: now } });
  }

  /** The account's sessions that still hold, the most recently active first. */
  listLive(userId: string, policy: SessionPolicy, now: Date): Promise<SessionRecord[]> {
    return this.prisma.session.findMany({
      where: { userId, expiresAt: { gt: now }, lastActiveAt: { gt: idleCutoff(policy, now) } },
      orderBy: [{ lastActiveAt: "desc" }, { id: "asc" }],
      select: recordSelect,
    });
  }

  /** Ends one session of the account; false when it has no such session. */
  async delete(id: string, userId: string): Promise<boolean> {
    const { count } = await this.prisma.session.deleteMany({ where: { id, userId } });
    return count > 0;
  }

  /** Ends every session of the account but `keepId` (all of them when it is null); how many ended. */
  async deleteAllOf(userId: string, keepId: string | null = null): Promise<number> {
    const { count } = await this.prisma.session.deleteMany({ where: { userId, ...(keepId ? { id: { not: keepId } } : {}) } });
    return count;
  }

  /** Deletes the sessions that ended (the worker's sweep); how many. */
  async sweep(policy: SessionPolicy, now: Date): Promise<number> {
    const { count } = await this.prisma.session.deleteMany({
      where: { OR: [{ expiresAt: { lte: now } }, { lastActiveAt: { lte: idleCutoff(policy, now) } }] },
    });
    return count;
  }
}

function idleCutoff(policy: SessionPolicy, now: Date): Date {
  return new Date(now.getTime() - policy.idleSeconds * 1000);
}
