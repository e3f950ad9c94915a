import type { Database, TodoRecord } from "@planner/db";
import { isTodoOverdue, NotFoundError, todoViewDates, type TodoPriority } from "@planner/domain";

/** The owner's clock for todos: their zone, today and the last day of Upcoming, at `now`. */
export type OwnerDay = { timeZone: string; today: string; upcomingLast: string; now: Date; timedReminderDefaults: number[] };

export async function ownerDay(db: Database, ownerId: string, now: Date): Promise<OwnerDay> {
  const settings = await db.users.scheduleSettingsOf(ownerId);
  if (!settings) throw new NotFoundError("That account", "accountNotFound");
  return { timeZone: settings.timeZone, timedReminderDefaults: settings.timedReminderDefaults, now, ...todoViewDates(now, settings.timeZone) };
}

type TodoItemFields = Omit<TodoRecord, "priority" | "subtasks"> & { priority: TodoPriority; overdue: boolean };
/** A subtask never has subtasks of its own (one level). */
export type TodoSubtaskItem = TodoItemFields & { subtasks: never[] };
/** A todo as the API returns it (contract: TodoItem). */
export type TodoItem = TodoItemFields & { subtasks: TodoSubtaskItem[] };

function itemFields(record: TodoRecord, day: { today: string; now: Date }): TodoItemFields {
  const { subtasks: _subtasks, ...fields } = record;
  return { ...fields, priority: record.priority as TodoPriority, overdue: isTodoOverdue(record, day.today, day.now) };
}

export function todoItemOf(record: TodoRecord, day: { today: string; now: Date }): TodoItem {
  return { ...itemFields(record, day), subtasks: record.subtasks.map((subtask) => ({ ...itemFields(subtask, day), subtasks: [] })) };
}
