import type { TodoColor } from "@planner/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { isUniqueViolation } from "../prisma-errors";

const labelSelect = { id: true, name: true, color: true, createdAt: true, updatedAt: true } satisfies Prisma.LabelSelect;
/** The colour column holds one of the domain palette's names (the service only writes those). */
export type Label = Omit<Prisma.LabelGetPayload<{ select: typeof labelSelect }>, "color"> & { color: TodoColor };

/**
 * One owner's labels, by name. Another owner's label is not found. Writes
 * answer "nameTaken" for a name the owner already uses in any case (the
 * unique index on lower(name) decides).
 */
export class LabelRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listForOwner(ownerId: string): Promise<Label[]> {
    const labels = (await this.prisma.label.findMany({ where: { ownerId }, select: labelSelect })) as Label[];
    return labels.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id.localeCompare(b.id));
  }

  async findForOwner(ownerId: string, id: string): Promise<Label | null> {
    return (await this.prisma.label.findFirst({ where: { id, ownerId }, select: labelSelect })) as Label | null;
  }

  /** Which of these ids are the owner's labels. */
  async ownedIds(ownerId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    return (await this.prisma.label.findMany({ where: { ownerId, id: { in: ids } }, select: { id: true } })).map((row) => row.id);
  }

  async countForOwner(ownerId: string): Promise<number> {
    return this.prisma.label.count({ where: { ownerId } });
  }

  async create(ownerId: string, label: { name: string; color: string }): Promise<Label | "nameTaken"> {
    return (this.prisma.label.create({ data: { id: newId(), ownerId, ...label }, select: labelSelect }) as Promise<Label>).catch(nameTakenIfUnique);
  }

  async update(ownerId: string, id: string, changes: { name?: string; color?: string }): Promise<Label | null | "nameTaken"> {
    try {
      const { count } = await this.prisma.label.updateMany({ where: { id, ownerId }, data: changes });
      return count === 0 ? null : this.findForOwner(ownerId, id);
    } catch (error) {
      return nameTakenIfUnique(error);
    }
  }

  /** Deletes a label (its todos lose it); returns what was deleted. */
  async delete(ownerId: string, id: string): Promise<Label | null> {
    return this.prisma.$transaction(async (tx) => {
      const label = await tx.label.findFirst({ where: { id, ownerId }, select: labelSelect });
      if (!label) return null;
      await tx.label.delete({ where: { id } });
      return label as Label;
    });
  }
}

function nameTakenIfUnique(error: unknown): "nameTaken" {
  if (isUniqueViolation(error)) return "nameTaken";
  throw error;
}
