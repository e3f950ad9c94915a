import { createHash, randomBytes } from "node:crypto";
import type { Locale, PasswordLinkPurpose } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";

/** A live link, as the page that opens it needs it. */
export type PasswordLinkRecord = { purpose: PasswordLinkPurpose; expiresAt: Date; user: { id: string; username: string; name: string; locale: Locale | null } };

/**
 * Single-use password links. The token is 32 random bytes, handed out once and
 * kept only as its SHA-256: a token has the entropy of a key, so a fast hash is
 * enough (bcrypt is for passwords people choose), and it lets a link be found by
 * its hash alone.
 */
export class PasswordLinkRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** A new link for the account; the account's older links of the same purpose stop working. */
  async create(link: { userId: string; purpose: PasswordLinkPurpose; now: Date; expiresAt: Date }): Promise<string> {
    const token = randomBytes(32).toString("base64url");
    await this.prisma.$transaction([
      this.prisma.passwordLink.deleteMany({ where: { userId: link.userId, purpose: link.purpose } }),
      this.prisma.passwordLink.create({
        data: { tokenHash: hashToken(token), userId: link.userId, purpose: link.purpose, createdAt: link.now, expiresAt: link.expiresAt },
      }),
    ]);
    return token;
  }

  /** The link a token opens, while it holds. */
  async findLive(token: string, now: Date): Promise<PasswordLinkRecord | null> {
    const row = await this.prisma.passwordLink.findFirst({
      where: { tokenHash: hashToken(token), expiresAt: { gt: now } },
      select: { purpose: true, expiresAt: true, user: { select: { id: true, username: true, name: true, locale: true } } },
    });
    return row;
  }

  /**
   * Uses a link: in one transaction, claims it (of two concurrent uses, one
   * deletes the row and the other finds nothing), sets the password, bumps the
   * session version, and deletes the account's sessions and every other link.
   * Null when the link is unknown, used or expired.
   */
  async use(token: string, passwordHash: string, now: Date): Promise<{ userId: string; username: string } | null> {
    const tokenHash = hashToken(token);
    return this.prisma.$transaction(async (tx) => {
      const link = await tx.passwordLink.findUnique({ where: { tokenHash }, select: { userId: true } });
      if (!link) return null;
      const claimed = await tx.passwordLink.deleteMany({ where: { tokenHash, expiresAt: { gt: now } } });
      if (claimed.count !== 1) return null;
      const user = await tx.user.update({
        where: { id: link.userId },
        data: { passwordHash, sessionVersion: { increment: 1 } },
        select: { id: true, username: true },
      });
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.passwordLink.deleteMany({ where: { userId: user.id } });
      return { userId: user.id, username: user.username };
    });
  }

  /** Deletes links past their end (the worker's hourly sweep). */
  async sweep(now: Date): Promise<number> {
    return (await this.prisma.passwordLink.deleteMany({ where: { expiresAt: { lte: now } } })).count;
  }
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
