import { ForbiddenError } from "../errors";
import type { Actor } from "../user/role";

/**
 * Whether the actor may add to or change their own todo list. A SUBSCRIBER
 * account only reads (DESIGN.md, "Who may do what").
 */
export function canWriteOwnTodos(actor: Actor): boolean {
  return actor.role === "USER" || actor.role === "ADMIN";
}

export function assertCanWriteOwnTodos(actor: Actor): void {
  if (!canWriteOwnTodos(actor)) throw new ForbiddenError("Subscriber accounts are read-only and cannot keep todos.", "todosReadOnly");
}
