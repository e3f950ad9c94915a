import { orderKeyAfter, orderKeyBefore, orderKeyBetween } from "@planner/domain";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

// One manual order per owner: each todo's `position` key. Every write that
// computes a key from its neighbours takes the owner's transaction-level
// advisory lock first, so two concurrent creates or moves never read the same
// neighbours and never produce equal or crossing keys; the lock ends with the
// transaction. The unique (owner_id, position) index backs this up.

/** Lock namespaces (the second argument of hashtextextended): todos and projects order apart. */
const TODO_ORDER_LOCK = 17;
export const PROJECT_ORDER_LOCK = 18;

export async function lockOwnerOrder(tx: Tx, ownerId: string, namespace: number = TODO_ORDER_LOCK): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${ownerId}::text, ${namespace}::bigint))`;
}

/** Where a todo goes: right after another (null: first of all) or right before another (null: last of all). */
export type TodoPlace = { afterId: string | null } | { beforeId: string | null };

/** A key before the owner's first todo (`except` left out): new todos go first. */
export async function firstTodoKey(tx: Tx, ownerId: string, except?: string): Promise<string> {
  const first = await tx.todo.findFirst({
    where: { ownerId, ...(except ? { id: { not: except } } : {}) },
    orderBy: { position: "asc" },
    select: { position: true },
  });
  return orderKeyBefore(first?.position ?? null);
}

/**
 * The key that puts a todo at `place`, from the keys as they are now (under
 * the lock); the todo being moved (`except`) is not its own neighbour. Null
 * when the neighbour named is not the owner's.
 */
export async function todoKeyAt(tx: Tx, ownerId: string, place: TodoPlace, except: string): Promise<string | null> {
  if ("afterId" in place && place.afterId === null) return firstTodoKey(tx, ownerId, except);
  if ("beforeId" in place && place.beforeId === null) {
    const last = await tx.todo.findFirst({ where: { ownerId, id: { not: except } }, orderBy: { position: "desc" }, select: { position: true } });
    return orderKeyAfter(last?.position ?? null);
  }
  const anchorId = "afterId" in place ? place.afterId! : place.beforeId!;
  const anchor = await tx.todo.findFirst({ where: { id: anchorId, ownerId }, select: { position: true } });
  if (!anchor) return null;
  const after = "afterId" in place;
  const neighbour = await tx.todo.findFirst({
    where: { ownerId, id: { not: except }, position: after ? { gt: anchor.position } : { lt: anchor.position } },
    orderBy: { position: after ? "asc" : "desc" },
    select: { position: true },
  });
  return after ? orderKeyBetween(anchor.position, neighbour?.position ?? null) : orderKeyBetween(neighbour?.position ?? null, anchor.position);
}
