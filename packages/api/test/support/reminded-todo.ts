import type { TestDatabase } from "@planner/db/testing";
import { syncTodoReminders } from "../../src/services/todo-reminders";
import { newIdForTests } from "../ids";

export type RemindedTodoInput = {
  contents?: string;
  dueAt: Date;
  reminderMinutes: number[];
  done?: boolean;
};

let position = 0;

/**
 * A todo with a due time and chosen reminders, written straight to the
 * database, and its queue row put where the todo service's sync puts it (the
 * next reminder after `now`), so the worker can be tested on its own.
 */
export async function insertRemindedTodo(db: TestDatabase, ownerId: string, input: RemindedTodoInput, now: Date): Promise<{ id: string; remindAt: Date | null }> {
  const owner = await db.prisma.user.findUniqueOrThrow({ where: { id: ownerId }, select: { timeZone: true } });
  const id = newIdForTests();
  position += 1;
  await db.prisma.todo.create({
    data: {
      id,
      ownerId,
      contents: input.contents ?? "Pay rent",
      done: input.done ?? false,
      dueOn: new Date(`${localDate(input.dueAt, owner.timeZone)}T00:00:00Z`),
      dueAt: input.dueAt,
      reminderMinutes: input.reminderMinutes,
      // A valid fractional-indexing key: "b" heads a three-character integer part ("b01", "b02", …).
      position: `b${String(position).padStart(2, "0")}`,
    },
  });
  await syncTodoReminders(db, [id], now);
  return { id, remindAt: await db.todoReminders.pendingFor(id) };
}

function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}
