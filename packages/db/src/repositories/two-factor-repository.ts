import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";

/** An account's two-step log-in as the service needs it; the secrets are still sealed. */
export type TwoFactorRecord = {
  secretSealed: string | null;
  pendingSecretSealed: string | null;
  enabledAt: Date | null;
  lastUsedStep: number | null;
};

/** A stored recovery code: a salted hash, never the code. */
export type RecoveryCodeHash = { id: string; codeHash: string; salt: string };

const recordSelect = { secretSealed: true, pendingSecretSealed: true, enabledAt: true, lastUsedStep: true } as const;

export class TwoFactorRepository {
  constructor(private readonly prisma: PrismaClient) {}

  find(userId: string): Promise<TwoFactorRecord | null> {
    return this.prisma.twoFactor.findUnique({ where: { userId }, select: recordSelect });
  }

  async isEnabled(userId: string): Promise<boolean> {
    const row = await this.prisma.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
    return row?.enabledAt != null;
  }

  /** How many recovery codes are left unused. */
  unusedRecoveryCodeCount(userId: string): Promise<number> {
    return this.prisma.twoFactorRecoveryCode.count({ where: { userId, usedAt: null } });
  }

  /** Starts (or restarts) an enrolment: the new secret waits for its code check. */
  async savePending(userId: string, pendingSecretSealed: string): Promise<void> {
    await this.prisma.twoFactor.upsert({
      where: { userId },
      create: { userId, pendingSecretSealed },
      update: { pendingSecretSealed },
    });
  }

  /**
   * Confirms the pending enrolment: its secret becomes the one in use, the code's
   * step is remembered and the recovery codes replace any older ones, in one
   * transaction. False when the pending secret changed meanwhile (another tab restarted it).
   */
  async enable(userId: string, pendingSecretSealed: string, step: number, codes: Omit<RecoveryCodeHash, "id">[], now: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.twoFactor.updateMany({
        where: { userId, pendingSecretSealed },
        data: { secretSealed: pendingSecretSealed, pendingSecretSealed: null, enabledAt: now, lastUsedStep: step },
      });
      if (count === 0) return false;
      await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
      await tx.twoFactorRecoveryCode.createMany({ data: codes.map((code) => ({ id: newId(), userId, ...code })) });
      return true;
    });
  }

  /**
   * Records a TOTP code's step as used, only if it is later than the last one
   * used: the same code (or an older one) is refused even by a parallel request.
   */
  async claimStep(userId: string, step: number): Promise<boolean> {
    const { count } = await this.prisma.twoFactor.updateMany({
      where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    return count === 1;
  }

  unusedRecoveryCodes(userId: string): Promise<RecoveryCodeHash[]> {
    return this.prisma.twoFactorRecoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true, salt: true } });
  }

  /** Uses up a recovery code; false when another request used it first. */
  async useRecoveryCode(id: string, now: Date): Promise<boolean> {
    const { count } = await this.prisma.twoFactorRecoveryCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } });
    return count === 1;
  }

  /** Turns two-step log-in off: the row and, by cascade, its recovery codes go. Whether there was one. */
  async remove(userId: string): Promise<boolean> {
    const { count } = await this.prisma.twoFactor.deleteMany({ where: { userId } });
    return count > 0;
  }
}
