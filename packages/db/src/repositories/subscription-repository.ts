import type { PrismaClient } from "../generated/prisma/client";

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

  async ownersFollowedBy(subscriberId: string): Promise<string[]> {
    const rows = await this.prisma.subscription.findMany({ where: { subscriberId }, select: { ownerId: true } });
    return rows.map((row) => row.ownerId);
  }

  /** Test and seed helper until sharing has its own procedures. */
  async grant(subscriberId: string, ownerId: string, grantedById: string | null): Promise<void> {
    await this.prisma.subscription.upsert({
      where: { subscriberId_ownerId: { subscriberId, ownerId } },
      create: { subscriberId, ownerId, grantedById },
      update: {},
    });
  }
}
