import type { SignInMethods, SignInProvider } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { credentialsSelect, publicUserSelect, type NewUser, type PublicUser, type UserCredentials } from "./user-repository";

/** One provider log-in of an account, as Settings lists it. */
export type ProviderAccountRecord = { provider: SignInProvider; createdAt: Date };

/** Called inside disconnect's transaction, with the account's row locked, to apply the domain's rule. */
export type DisconnectGuard = (methods: SignInMethods) => void;

const providerAccountSelect = { provider: true, createdAt: true } as const;

function providerAccountRecord(row: { provider: string; createdAt: Date }): ProviderAccountRecord {
  return { provider: row.provider as SignInProvider, createdAt: row.createdAt };
}

/** Provider log-ins (ProviderAccount): who a provider's id of a person is here. */
export class ProviderAccountRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** The account this provider's person signs in to, or null when none is linked. */
  async findAccount(provider: SignInProvider, providerAccountId: string): Promise<UserCredentials | null> {
    const row = await this.prisma.providerAccount.findUnique({
      where: { provider_providerAccountId: { provider, providerAccountId } },
      select: { user: { select: credentialsSelect } },
    });
    return row?.user ?? null;
  }

  /** The account by id, with what a log-in needs (for the second step of a provider log-in). */
  findAccountById(userId: string): Promise<UserCredentials | null> {
    return this.prisma.user.findUnique({ where: { id: userId }, select: credentialsSelect });
  }

  /** Whether an account has this address (stored lower-cased). */
  async emailTaken(email: string): Promise<boolean> {
    return (await this.prisma.user.count({ where: { email: email.toLowerCase() } })) > 0;
  }

  /** Which of these usernames are taken, in one query. */
  async takenUsernames(candidates: string[]): Promise<Set<string>> {
    const rows = await this.prisma.user.findMany({ where: { username: { in: candidates } }, select: { username: true } });
    return new Set(rows.map((row) => row.username));
  }

  /** A new account and its first provider log-in, together. */
  async createUserWith(user: NewUser, provider: SignInProvider, providerAccountId: string, now: Date): Promise<PublicUser & { sessionVersion: number }> {
    return this.prisma.user.create({
      data: {
        id: newId(),
        username: user.username,
        email: user.email?.toLowerCase() ?? null,
        passwordHash: null,
        name: user.name,
        timeZone: user.timeZone ?? "UTC",
        locale: user.locale ?? null,
        role: "USER",
        providerAccounts: { create: { id: newId(), provider, providerAccountId, createdAt: now } },
      },
      select: { ...publicUserSelect, sessionVersion: true },
    });
  }

  async link(userId: string, provider: SignInProvider, providerAccountId: string, now: Date): Promise<void> {
    await this.prisma.providerAccount.create({ data: { id: newId(), userId, provider, providerAccountId, createdAt: now } });
  }

  async listFor(userId: string): Promise<ProviderAccountRecord[]> {
    const rows = await this.prisma.providerAccount.findMany({ where: { userId }, select: providerAccountSelect, orderBy: { createdAt: "asc" } });
    return rows.map(providerAccountRecord);
  }

  /** The account's ways to sign in: a password, and which providers. */
  async signInMethods(userId: string): Promise<(SignInMethods & { providerAccounts: ProviderAccountRecord[] }) | null> {
    const user = await this.prisma.user.findUnique({
      where: { id: userId },
      select: { passwordHash: true, providerAccounts: { select: providerAccountSelect, orderBy: { createdAt: "asc" } } },
    });
    if (!user) return null;
    const providerAccounts = user.providerAccounts.map(providerAccountRecord);
    return { hasPassword: user.passwordHash !== null, providers: providerAccounts.map((row) => row.provider), providerAccounts };
  }

  /**
   * Removes one provider log-in. The account's row is locked first, so two
   * disconnects at once (or one beside setting a password) cannot together
   * leave it with no way in. Returns whether there was one to remove.
   */
  async disconnect(userId: string, provider: SignInProvider, guard: DisconnectGuard): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ has_password: boolean }[]>`
        SELECT password_hash IS NOT NULL AS has_password FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
      const user = locked[0];
      if (!user) return false;
      const rows = await tx.providerAccount.findMany({ where: { userId }, select: { provider: true } });
      const providers = rows.map((row) => row.provider as SignInProvider);
      if (!providers.includes(provider)) return false;
      guard({ hasPassword: user.has_password, providers });
      await tx.providerAccount.deleteMany({ where: { userId, provider } });
      return true;
    });
  }
}
