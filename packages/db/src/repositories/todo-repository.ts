import { orderKeyBefore, TOTAL_COUNT_CAP, type BoundedTotal, type TodoFilter } from "@planner/domain";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import { nullIfNotFound } from "../prisma-errors";
import { afterCursorNewestFirst, boundedTotal, decodeCursor, keysetPage } from "./cursor";
import { containsText } from "./text-search";

const todoSelect = { id: true, contents: true, done: true, createdAt: true, updatedAt: true } satisfies Prisma.TodoSelect;
export type Todo = Prisma.TodoGetPayload<{ select: typeof todoSelect }>;

const todoWithOwnerSelect = { ...todoSelect, owner: { select: { id: true, username: true } } } satisfies Prisma.TodoSelect;
export type TodoWithOwner = Prisma.TodoGetPayload<{ select: typeof todoWithOwnerSelect }>;

export type TodoCounts = { all: number; open: number; done: number };

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.TodoOrderByWithRelationInput[];

const DONE_BY_FILTER: Record<TodoFilter, boolean | undefined> = { all: undefined, open: false, done: true };

/**
 * Every query is scoped by owner: another person's todo is simply not found,
 * so its existence is never revealed.
 */
export class TodoRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /** Newest first, keyset-paginated so rows added meanwhile never shift a page. */
  async listForOwner(
    ownerId: string,
    page: { filter: TodoFilter; cursor?: string | null; limit: number },
  ): Promise<{ items: Todo[]; nextCursor: string | null }> {
    const rows = await this.prisma.todo.findMany({
      where: {
        ownerId,
        done: DONE_BY_FILTER[page.filter],
        ...(page.cursor ? afterCursorNewestFirst(decodeCursor(page.cursor)) : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: page.limit + 1,
      select: todoSelect,
    });
    return keysetPage(rows, page.limit, (row) => row.createdAt);
  }

  /**
   * One owner's todos whose contents contain `text` (any case, literally),
   * newest first: a walk of the (owner_id, created_at, id) index stopped after
   * `limit` + 1 matches (the extra one says there are more).
   */
  async searchForOwner(ownerId: string, text: string, limit: number): Promise<{ items: Todo[]; more: boolean }> {
    const rows = await this.prisma.todo.findMany({
      where: { ownerId, contents: containsText(text) },
      orderBy: NEWEST_FIRST,
      take: limit + 1,
      select: todoSelect,
    });
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }

  async countsForOwner(ownerId: string): Promise<TodoCounts> {
    const groups = await this.prisma.todo.groupBy({ by: ["done"], where: { ownerId }, _count: { _all: true } });
    const done = groups.find((group) => group.done)?._count._all ?? 0;
    const open = groups.find((group) => !group.done)?._count._all ?? 0;
    return { all: done + open, open, done };
  }

  /** A new todo goes first in the owner's manual order, under the owner's order lock. */
  create(ownerId: string, contents: string): Promise<Todo> {
    return this.prisma.$transaction(async (tx) => {
      const position = await firstPositionLocked(tx, ownerId);
      return tx.todo.create({ data: { id: newId(), ownerId, contents, position }, select: todoSelect });
    });
  }

  /** Re-inserts a deleted todo with its id and creation time. */
  restore(ownerId: string, todo: { id: string; contents: string; done: boolean; createdAt: Date }): Promise<Todo> {
    return this.prisma.$transaction(async (tx) => {
      const position = await firstPositionLocked(tx, ownerId);
      return tx.todo.create({ data: { ...todo, ownerId, position }, select: todoSelect });
    });
  }

  async updateContents(ownerId: string, id: string, contents: string): Promise<Todo | null> {
    return this.prisma.todo
      .update({ where: { id, ownerId }, data: { contents }, select: todoSelect })
      .catch(nullIfNotFound);
  }

  /** Flips done in one statement, so two quick clicks cannot both read the old value. */
  async toggle(ownerId: string, id: string): Promise<Todo | null> {
    const rows = await this.prisma.$queryRaw<
      { id: string; contents: string; done: boolean; created_at: Date; updated_at: Date }[]
    >`
      UPDATE todos SET done = NOT done, updated_at = now()
      WHERE id = ${id}::uuid AND owner_id = ${ownerId}::uuid
      RETURNING id, contents, done, created_at, updated_at`;
    const row = rows[0];
    return row
      ? { id: row.id, contents: row.contents, done: row.done, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) }
      : null;
  }

  /** Deletes and returns what was deleted (the client offers to undo). */
  async delete(ownerId: string, id: string): Promise<Todo | null> {
    return this.prisma.todo.delete({ where: { id, ownerId }, select: todoSelect }).catch(nullIfNotFound);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.prisma.todo.count({ where: { id } })) > 0;
  }

  /**
   * Everyone's todos (or one owner's) with the owner's username, for admins:
   * newest first by keyset cursor over the (created_at, id) indexes, owners
   * joined in. The first page also carries a total counted no further than
   * TOTAL_COUNT_CAP, so neither a deep page nor the total reads the whole table.
   */
  async listAll(filter: { ownerId?: string; done?: boolean; cursor?: string | null; limit: number }): Promise<{
    items: TodoWithOwner[];
    nextCursor: string | null;
    total: BoundedTotal | null;
  }> {
    const where = { ownerId: filter.ownerId, done: filter.done };
    const [rows, counted] = await Promise.all([
      this.prisma.todo.findMany({
        where: { ...where, ...(filter.cursor ? afterCursorNewestFirst(decodeCursor(filter.cursor)) : {}) },
        orderBy: NEWEST_FIRST,
        take: filter.limit + 1,
        select: todoWithOwnerSelect,
      }),
      // The list's own order: without it Prisma orders a limited count by id and walks the primary key.
      filter.cursor ? null : this.prisma.todo.count({ where, take: TOTAL_COUNT_CAP + 1, orderBy: NEWEST_FIRST }),
    ]);
    return { ...keysetPage(rows, filter.limit, (row) => row.createdAt), total: counted === null ? null : boundedTotal(counted) };
  }
}

/**
 * Takes the owner's order lock for the rest of the transaction (so two
 * creates or moves never compute keys from the same neighbours) and returns
 * a key before the owner's current first todo.
 */
async function firstPositionLocked(tx: Prisma.TransactionClient, ownerId: string): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ownerId}::text, 17))`;
  const first = await tx.todo.findFirst({ where: { ownerId }, orderBy: { position: "asc" }, select: { position: true } });
  return orderKeyBefore(first?.position ?? null);
}
