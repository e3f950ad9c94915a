import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** Who may read whose calendar. Granting and revoking come with the sharing issue. */
export class SubscriptionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async isSubscribed(subscriberId: string, ownerId: string): Promise<boolean> {
    const row = await this.prisma.subscription.findUnique({
      where: { subscriberId_ownerId: { subscriberId, ownerId } },
      select: { ownerId: true },
    });
    return row !== null;
  }

  /** Idempotent: granting twice keeps the first grant. */
  async grant(subscriberId: string, ownerId: string, grantedById: string | null): Promise<void> {
    await this.prisma.subscription.upsert({
      where: { subscriberId_ownerId: { subscriberId, ownerId } },
      create: { subscriberId, ownerId, grantedById },
      update: {},
    });
  }

  async revoke(subscriberId: string, ownerId: string): Promise<boolean> {
    const { count } = await this.prisma.subscription.deleteMany({ where: { subscriberId, ownerId } });
    return count > 0;
  }

  /** Who follows an owner's calendar, with who granted it. */
  followersOf(ownerId: string): Promise<Follower[]> {
    return this.prisma.subscription
      .findMany({
        where: { ownerId },
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          subscriber: { select: { user: { select: personSelect } } },
          grantedBy: { select: { username: true } },
        },
      })
      .then((rows) =>
        rows.map((row) => ({ subscriber: row.subscriber.user, grantedAt: row.createdAt, grantedBy: row.grantedBy?.username ?? null })),
      );
  }

  /** The calendars shared with a subscriber. */
  followedBy(subscriberId: string): Promise<{ owner: Person; grantedAt: Date }[]> {
    return this.prisma.subscription
      .findMany({ where: { subscriberId }, orderBy: { createdAt: "asc" }, select: { createdAt: true, owner: { select: personSelect } } })
      .then((rows) => rows.map((row) => ({ owner: row.owner, grantedAt: row.createdAt })));
  }
}

const personSelect = { id: true, username: true, name: true, email: true } satisfies Prisma.UserSelect;
export type Person = Prisma.UserGetPayload<{ select: typeof personSelect }>;
export type Follower = { subscriber: Person; grantedAt: Date; grantedBy: string | null };
