import { DEFAULT_LOCALE, type Locale } from "../user/locale";
import { formatReminderWhen, leadTimeWords } from "./reminder-text";
import { nextReminder, type OccurrenceReminder, type RemindableSchedule } from "./reminder-times";
import { remindersToSend } from "./reminder-delivery";

// Reminders of todos go through the schedules' engine: a todo with a due time
// is reminded like a one-off timed schedule that starts at that time (the same
// choices, the same "no burst after downtime", the same deadline: a reminder
// is worth sending until a minute after the due time). A todo without a time,
// or a done one, is never reminded.

/** What reminding a todo needs. */
export type RemindableTodo = {
  dueAt: Date | null;
  done: boolean;
  reminderMinutes: readonly number[];
  /** The owner's zone: the sentence's clock. */
  ownerTimeZone: string;
};

function asSchedule(todo: RemindableTodo): RemindableSchedule | null {
  if (!todo.dueAt || todo.done || todo.reminderMinutes.length === 0) return null;
  return { startAt: todo.dueAt, endAt: todo.dueAt, allDay: false, reminderMinutes: todo.reminderMinutes, ownerTimeZone: todo.ownerTimeZone, repeating: null };
}

/** When the todo's next reminder goes off after `now`, or null: what its todo_reminders row holds. */
export function nextTodoRemindAt(todo: RemindableTodo, now: Date): Date | null {
  const target = asSchedule(todo);
  return target ? (nextReminder(target, now)?.remindAt ?? null) : null;
}

/**
 * The reminders to send when the todo's queue row, due at `queuedFor`, is
 * taken at `now`: the latest one due since then, while the due time is still
 * ahead (within the grace minute). None for a done todo or one without a time.
 */
export function todoRemindersToSend(todo: RemindableTodo, queuedFor: Date, now: Date): OccurrenceReminder[] {
  const target = asSchedule(todo);
  return target ? remindersToSend(target, queuedFor, now) : [];
}

/**
 * One notification per todo, due time and reminder: the unique key that makes
 * each exactly-once across any number of workers. A todo moved to another time
 * is reminded again for the new one.
 */
export function todoReminderKey(todoId: string, dueAt: Date, minutesBefore: number): string {
  return `todo-reminder:${todoId}:${dueAt.toISOString()}:${minutesBefore}`;
}

const TODO_REMINDER_KEY = /^todo-reminder:[^:]+:(\d{4}-\d{2}-\d{2}T[\d:.]+Z):-?\d+$/;

/** The due time a todo reminder notification was about, read back from its key (null for other notifications). */
export function dueAtOfTodoReminderKey(dedupeKey: string): Date | null {
  const match = TODO_REMINDER_KEY.exec(dedupeKey);
  return match ? new Date(match[1]!) : null;
}

/**
 * The notification's sentence, in the owner's zone and language, naming how
 * long is left at `now`: "Reminder: “Pay rent” is due in 10 minutes, Monday
 * 8 June 10:00." / "알림: 할 일 “월세 내기”의 마감이 10분 후(6월 8일 월요일
 * 오전 10:00)입니다." Minutes are rounded, as for schedules.
 */
export function todoReminderText(todo: { contents: string; dueAt: Date }, now: Date, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const when = formatReminderWhen({ title: todo.contents, startAt: todo.dueAt, allDay: false }, timeZone, locale);
  const contents = todo.contents;
  const minutes = Math.round((todo.dueAt.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return locale === "ko" ? `알림: 할 일 “${contents}”의 마감 시간(${when})이 되었습니다.` : `Reminder: “${contents}” is due now, ${when}.`;
  const lead = leadTimeWords(minutes, locale);
  return locale === "ko" ? `알림: 할 일 “${contents}”의 마감이 ${lead} 후(${when})입니다.` : `Reminder: “${contents}” is due in ${lead}, ${when}.`;
}
