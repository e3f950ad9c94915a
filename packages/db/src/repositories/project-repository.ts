import { orderKeyAfter, orderKeyBefore, orderKeyBetween, type ProjectDeleteMode, type TodoColor } from "@planner/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { isUniqueViolation } from "../prisma-errors";
import { lockOwnerOrder, PROJECT_ORDER_LOCK } from "./todo-order";

const projectSelect = { id: true, name: true, color: true, position: true, createdAt: true, updatedAt: true } satisfies Prisma.ProjectSelect;
/** The colour column holds one of the domain palette's names (the service only writes those). */
export type Project = Omit<Prisma.ProjectGetPayload<{ select: typeof projectSelect }>, "color"> & { color: TodoColor };

/** Where a project goes in the sidebar: right after another (null: first) or right before another (null: last). */
export type ProjectPlace = { afterId: string | null } | { beforeId: string | null };

/**
 * One owner's projects, in the owner's sidebar order (fractional keys, like
 * todos, under a lock of their own). Another owner's project is not found.
 * Writes answer "nameTaken" when the owner has a project of that name in any
 * case (the unique index on lower(name) decides, so two racing creates cannot both win).
 */
export class ProjectRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listForOwner(ownerId: string): Promise<Project[]> {
    return (await this.prisma.project.findMany({ where: { ownerId }, orderBy: { position: "asc" }, select: projectSelect })) as Project[];
  }

  async findForOwner(ownerId: string, id: string): Promise<Project | null> {
    return (await this.prisma.project.findFirst({ where: { id, ownerId }, select: projectSelect })) as Project | null;
  }

  async countForOwner(ownerId: string): Promise<number> {
    return this.prisma.project.count({ where: { ownerId } });
  }

  /** A new project goes last in the sidebar. */
  async create(ownerId: string, project: { name: string; color: string }): Promise<Project | "nameTaken"> {
    return this.prisma
      .$transaction(async (tx) => {
        await lockOwnerOrder(tx, ownerId, PROJECT_ORDER_LOCK);
        const last = await tx.project.findFirst({ where: { ownerId }, orderBy: { position: "desc" }, select: { position: true } });
        return (await tx.project.create({ data: { id: newId(), ownerId, ...project, position: orderKeyAfter(last?.position ?? null) }, select: projectSelect })) as Project;
      })
      .catch(nameTakenIfUnique);
  }

  async update(ownerId: string, id: string, changes: { name?: string; color?: string }): Promise<Project | null | "nameTaken"> {
    try {
      const { count } = await this.prisma.project.updateMany({ where: { id, ownerId }, data: changes });
      return count === 0 ? null : this.findForOwner(ownerId, id);
    } catch (error) {
      return nameTakenIfUnique(error);
    }
  }

  async move(ownerId: string, id: string, place: ProjectPlace): Promise<Project | null | "neighbourNotFound"> {
    const outcome = await this.prisma.$transaction(async (tx) => {
      await lockOwnerOrder(tx, ownerId, PROJECT_ORDER_LOCK);
      if (!(await tx.project.findFirst({ where: { id, ownerId }, select: { id: true } }))) return "notFound" as const;
      const others = { ownerId, id: { not: id } };
      let position: string;
      if ("afterId" in place && place.afterId === null) {
        const first = await tx.project.findFirst({ where: others, orderBy: { position: "asc" }, select: { position: true } });
        position = orderKeyBefore(first?.position ?? null);
      } else if ("beforeId" in place && place.beforeId === null) {
        const last = await tx.project.findFirst({ where: others, orderBy: { position: "desc" }, select: { position: true } });
        position = orderKeyAfter(last?.position ?? null);
      } else {
        const after = "afterId" in place;
        const anchor = await tx.project.findFirst({ where: { id: after ? place.afterId! : (place as { beforeId: string }).beforeId, ownerId }, select: { position: true } });
        if (!anchor) return "neighbourNotFound" as const;
        const neighbour = await tx.project.findFirst({
          where: { ...others, position: after ? { gt: anchor.position } : { lt: anchor.position } },
          orderBy: { position: after ? "asc" : "desc" },
          select: { position: true },
        });
        position = after ? orderKeyBetween(anchor.position, neighbour?.position ?? null) : orderKeyBetween(neighbour?.position ?? null, anchor.position);
      }
      await tx.project.update({ where: { id }, data: { position } });
      return "moved" as const;
    });
    if (outcome === "notFound") return null;
    if (outcome === "neighbourNotFound") return outcome;
    return this.findForOwner(ownerId, id);
  }

  /**
   * Deletes a project; its todos go to the Inbox (`move`) or are deleted with
   * it (`delete`, subtasks too). Returns the project and how many todos it had.
   */
  async delete(ownerId: string, id: string, todos: ProjectDeleteMode): Promise<(Project & { todoCount: number }) | null> {
    return this.prisma.$transaction(async (tx) => {
      const project = await tx.project.findFirst({ where: { id, ownerId }, select: projectSelect });
      if (!project) return null;
      const { count } =
        todos === "delete"
          ? await tx.todo.deleteMany({ where: { projectId: id, ownerId } })
          : await tx.todo.updateMany({ where: { projectId: id, ownerId }, data: { projectId: null } });
      await tx.project.delete({ where: { id } });
      return { ...(project as Project), todoCount: count };
    });
  }
}

function nameTakenIfUnique(error: unknown): "nameTaken" {
  if (isUniqueViolation(error)) return "nameTaken";
  throw error;
}
