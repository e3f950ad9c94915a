import type { Database } from "@planner/db";
import { nextTodoRemindAt, todoReminderMinutesFor } from "@planner/domain";

// The todo service's two hooks into the reminder engine: which reminders a
// todo gets, and keeping its queue row (todo_reminders) in step after a change.

/**
 * The reminders a todo gets when it is created or gains a due time it did not
 * have: those given, else the owner's defaults for timed schedules.
 */
export async function reminderMinutesForTodo(db: Database, ownerId: string, given: readonly number[] | undefined, hasTime: boolean): Promise<number[]> {
  if (!hasTime) return [];
  if (given !== undefined) return [...given];
  const settings = await db.users.scheduleSettingsOf(ownerId);
  return todoReminderMinutesFor(undefined, true, settings?.timedReminderDefaults ?? []);
}

/**
 * Puts the queue rows of `todoIds` at their next reminders after `now`, read
 * from the todos as committed (moved, ticked off, opened again, reminders
 * changed; a deleted todo's row went with it). Call it after every write that
 * may change a todo's due time, reminders or done flag.
 */
export function syncTodoReminders(db: Database, todoIds: readonly string[], now: Date): Promise<void> {
  return db.todoReminders.sync(todoIds, (todo) => nextTodoRemindAt(todo, now));
}
