import type { ApiTokenScope, Role, SessionPolicy } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { falseIfForeignKeyMissing } from "../prisma-errors";
import { asDate } from "./row-values";

/** A personal access token as its owner's (or an admin's) list shows it: never its secret or hash. */
export type PersonalTokenRecord = {
  id: string;
  name: string;
  scope: ApiTokenScope;
  hint: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
};

/** A bearer credential that holds now, with its account as it is now. */
export type LiveBearer = {
  id: string;
  kind: "PERSONAL" | "ACCESS";
  scope: ApiTokenScope;
  sessionId: string | null;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  account: { id: string; username: string; role: Role };
  /** ACCESS tokens: their session's last activity, to record it at most once a minute. */
  sessionLastActiveAt: Date | null;
};

/** A secret's stored form and how a list tells it apart. */
export type StoredSecret = { hash: string; hint: string };

export type NewPersonalToken = {
  userId: string;
  name: string;
  scope: ApiTokenScope;
  secret: StoredSecret;
  now: Date;
  expiresAt: Date | null;
};

/** The two tokens of a password-grant session (one token family). */
export type SessionTokens = {
  sessionId: string;
  userId: string;
  access: StoredSecret & { expiresAt: Date };
  refresh: StoredSecret & { expiresAt: Date };
  now: Date;
};

/** What a refresh token exchange found. */
export type RefreshOutcome =
  | { kind: "rotated"; sessionId: string; userId: string; username: string; sessionExpiresAt: Date }
  /** The token had been exchanged before: its family (session) was ended. */
  | { kind: "reused" }
  | { kind: "invalid" };

type LiveBearerRow = {
  id: string;
  kind: "PERSONAL" | "ACCESS";
  scope: ApiTokenScope;
  session_id: string | null;
  last_used_at: Date | null;
  expires_at: Date | null;
  user_id: string;
  username: string;
  role: Role;
  session_last_active_at: Date | null;
};

const personalSelect = { id: true, name: true, scope: true, hint: true, createdAt: true, lastUsedAt: true, expiresAt: true } as const;

/**
 * Bearer credentials: personal access tokens and the access and refresh
 * tokens of password-grant (API) sessions. Looked up by the SHA-256 of the
 * secret, which the api package computes; the secret itself is never stored.
 */
export class ApiTokenRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async createPersonal(token: NewPersonalToken): Promise<PersonalTokenRecord> {
    const row = await this.prisma.apiToken.create({
      data: {
        id: newId(),
        userId: token.userId,
        kind: "PERSONAL",
        scope: token.scope,
        name: token.name,
        tokenHash: token.secret.hash,
        hint: token.secret.hint,
        createdAt: token.now,
        expiresAt: token.expiresAt,
      },
      select: personalSelect,
    });
    return { ...row, name: row.name ?? "" };
  }

  /** The account's personal tokens, newest first, expired ones included (the list says so). */
  async listPersonal(userId: string): Promise<PersonalTokenRecord[]> {
    const rows = await this.prisma.apiToken.findMany({
      where: { userId, kind: "PERSONAL" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: personalSelect,
    });
    return rows.map((row) => ({ ...row, name: row.name ?? "" }));
  }

  /** Deletes a personal token; of `userId` only, unless null (an admin). False when there is no such token. */
  async deletePersonal(id: string, userId: string | null): Promise<boolean> {
    const { count } = await this.prisma.apiToken.deleteMany({ where: { id, kind: "PERSONAL", ...(userId ? { userId } : {}) } });
    return count > 0;
  }

  /** Deletes every personal token of the account, or only the ones that may write; how many. */
  async deletePersonalOf(userId: string, only?: { scope: ApiTokenScope }): Promise<number> {
    const { count } = await this.prisma.apiToken.deleteMany({ where: { userId, kind: "PERSONAL", ...(only ? { scope: only.scope } : {}) } });
    return count;
  }

  /**
   * The personal or access token whose secret hashes to `hash`, while it
   * holds: not expired and, for an access token, its session still live. One
   * statement, the account joined: every bearer request runs it.
   */
  async findLive(hash: string, policy: SessionPolicy, now: Date): Promise<LiveBearer | null> {
    const idleCutoff = new Date(now.getTime() - policy.idleSeconds * 1000);
    const rows = await this.prisma.$queryRaw<LiveBearerRow[]>`
      SELECT t.id, t.kind::text AS kind, t.scope::text AS scope, t.session_id, t.last_used_at, t.expires_at,
             u.id AS user_id, u.username, u.role::text AS role, s.last_active_at AS session_last_active_at
      FROM api_tokens t
      JOIN users u ON u.id = t.user_id
      LEFT JOIN sessions s ON s.id = t.session_id
      WHERE t.token_hash = ${hash} AND t.kind IN ('PERSONAL', 'ACCESS')
        AND (t.expires_at IS NULL OR t.expires_at > ${now}::timestamptz)
        AND (t.kind = 'PERSONAL' OR (s.expires_at > ${now}::timestamptz AND s.last_active_at > ${idleCutoff}::timestamptz))`;
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      kind: row.kind,
      scope: row.scope,
      sessionId: row.session_id,
      lastUsedAt: row.last_used_at ? asDate(row.last_used_at) : null,
      expiresAt: row.expires_at ? asDate(row.expires_at) : null,
      account: { id: row.user_id, username: row.username, role: row.role },
      sessionLastActiveAt: row.session_last_active_at ? asDate(row.session_last_active_at) : null,
    };
  }

  /** Records use; a no-op when another request already did since `notBefore`. */
  async touch(id: string, now: Date, notBefore: Date): Promise<void> {
    await this.prisma.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: notBefore } }] },
      data: { lastUsedAt: now },
    });
  }

  /** Issues an API session's access and refresh tokens; false when the session no longer exists. */
  async issue(tokens: SessionTokens): Promise<boolean> {
    const common = { userId: tokens.userId, sessionId: tokens.sessionId, scope: "READ_WRITE" as const, createdAt: tokens.now };
    const created = this.prisma.apiToken.createMany({
      data: [
        { ...common, id: newId(), kind: "ACCESS", tokenHash: tokens.access.hash, hint: tokens.access.hint, expiresAt: tokens.access.expiresAt },
        { ...common, id: newId(), kind: "REFRESH", tokenHash: tokens.refresh.hash, hint: tokens.refresh.hint, expiresAt: tokens.refresh.expiresAt },
      ],
    });
    return created.then(() => true, falseIfForeignKeyMissing);
  }

  /**
   * Spends a refresh token: marks it used in one conditional update, so of two
   * exchanges racing with the same token exactly one wins. A token that was
   * spent before means a copy is in someone else's hands: the whole family
   * (the session, and by cascade its tokens) ends.
   */
  async spendRefresh(hash: string, policy: SessionPolicy, now: Date): Promise<RefreshOutcome> {
    const idleCutoff = new Date(now.getTime() - policy.idleSeconds * 1000);
    const spent = await this.prisma.$queryRaw<{ session_id: string; user_id: string; username: string; session_expires_at: Date }[]>`
      UPDATE api_tokens t SET used_at = ${now}::timestamptz, last_used_at = ${now}::timestamptz
      FROM sessions s, users u
      WHERE t.token_hash = ${hash} AND t.kind = 'REFRESH' AND t.used_at IS NULL AND t.expires_at > ${now}::timestamptz
        AND s.id = t.session_id AND s.expires_at > ${now}::timestamptz AND s.last_active_at > ${idleCutoff}::timestamptz
        AND u.id = t.user_id
      RETURNING t.session_id, t.user_id, u.username, s.expires_at AS session_expires_at`;
    const row = spent[0];
    if (row) {
      return { kind: "rotated", sessionId: row.session_id, userId: row.user_id, username: row.username, sessionExpiresAt: asDate(row.session_expires_at) };
    }
    const used = await this.prisma.apiToken.findFirst({
      where: { tokenHash: hash, kind: "REFRESH", usedAt: { not: null } },
      select: { sessionId: true },
    });
    if (!used?.sessionId) return { kind: "invalid" };
    await this.prisma.session.deleteMany({ where: { id: used.sessionId } });
    return { kind: "reused" };
  }

  /**
   * Revokes whatever token hashes to `hash`: a personal token is deleted; an
   * access or refresh token ends its session and so its whole family. False
   * when no token matched (revocation answers the same either way).
   */
  async revoke(hash: string): Promise<boolean> {
    const token = await this.prisma.apiToken.findUnique({ where: { tokenHash: hash }, select: { id: true, sessionId: true } });
    if (!token) return false;
    if (token.sessionId) await this.prisma.session.deleteMany({ where: { id: token.sessionId } });
    else await this.prisma.apiToken.deleteMany({ where: { id: token.id } });
    return true;
  }

  /**
   * Deletes tokens that expired (the worker's sweep); how many. Personal
   * tokens stay listed, marked expired, for `keepExpiredPersonalDays` first.
   */
  async sweep(now: Date, keepExpiredPersonalDays = 30): Promise<number> {
    const personalCutoff = new Date(now.getTime() - keepExpiredPersonalDays * 86_400_000);
    const { count } = await this.prisma.apiToken.deleteMany({
      where: {
        OR: [
          { kind: { in: ["ACCESS", "REFRESH"] }, expiresAt: { lte: now } },
          { kind: "PERSONAL", expiresAt: { lte: personalCutoff } },
        ],
      },
    });
    return count;
  }
}
