import type { Database } from "@planner/db";
import { nextTodoRemindAt } from "@planner/domain";

// The todo service's hook into the reminder engine: keeping a todo's queue row
// (todo_reminders) in step after a change. (Which reminders a todo gets, the
// owner's timed defaults unless it names its own, is the todo service's rule.)

/**
 * Puts the queue rows of `todoIds` at their next reminders after `now`, read
 * from the todos as committed (moved, ticked off, opened again, reminders
 * changed; a deleted todo's row went with it). Call it after every write that
 * may change a todo's due time, reminders or done flag.
 */
export function syncTodoReminders(db: Database, todoIds: readonly string[], now: Date): Promise<void> {
  return db.todoReminders.sync(todoIds, (todo) => nextTodoRemindAt(todo, now));
}
