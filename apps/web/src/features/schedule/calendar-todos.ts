import { isTodoOverdue, localTimeOf } from "@planner/domain";
import type { ScheduleFilter } from "./filter";
import { atLocalTime, localDateOf, shiftDate } from "./zoned-time";

// Todos on the calendar (`todo.range`): where each one sits, what ticking it
// off or dragging it to another day makes of it, and the pure edits of the
// cached windows for optimistic updates. A date alone is a todo of the all-day
// row; a time puts it at that time as a short block; an open overdue todo from
// an earlier day sits on today's all-day row, marked overdue.

/** What the calendar needs of a todo (a TodoItem of `todo.range`). */
export type CalendarTodo = {
  id: string;
  contents: string;
  done: boolean;
  dueOn: string | null;
  dueAt: Date | null;
  overdue: boolean;
};

/** A timed todo's block on the grid: long enough to read and to hit, never a duration of its own. */
export const TODO_BLOCK_MINUTES = 30;

export type TodoPlacement =
  | { allDay: true; date: string; carriedOver: boolean }
  | { allDay: false; start: Date; end: Date; carriedOver: false };

/**
 * Where a todo shows: an open overdue one from before `today` on today's
 * all-day row (`carriedOver`), a timed one at its time, a date-only one on its
 * date's all-day row; null for a todo with no due date (not on the calendar).
 */
export function todoPlacement(todo: CalendarTodo, today: string): TodoPlacement | null {
  if (!todo.dueOn) return null;
  if (!todo.done && todo.overdue && todo.dueOn < today) return { allDay: true, date: today, carriedOver: true };
  if (todo.dueAt) return { allDay: false, start: todo.dueAt, end: new Date(todo.dueAt.getTime() + TODO_BLOCK_MINUTES * 60_000), carriedOver: false };
  return { allDay: true, date: todo.dueOn, carriedOver: false };
}

/** The calendar's All / Planned / Done: planned is open, done is ticked off. */
export function filterShowsTodo(filter: ScheduleFilter, todo: Pick<CalendarTodo, "done">): boolean {
  return filter === "all" || (filter === "done") === todo.done;
}

/** The todo ticked off (or opened again) at `now`: overdue again only when opened past its due. */
export function toggledTodo<Todo extends CalendarTodo>(todo: Todo, now: Date, timeZone: string): Todo {
  const done = !todo.done;
  return { ...todo, done, overdue: isTodoOverdue({ done, dueOn: todo.dueOn, dueAt: todo.dueAt }, localDateOf(now, timeZone), now) };
}

/** Where a todo was dropped: a day of the all-day row (or a month cell), or a time on the grid. */
export type TodoDrop = { allDay: true; date: string } | { allDay: false; start: Date };

/** What todo.update is sent for a drop: the new date, and the time (null: none), on the calendar's clock. */
export type TodoDueChange = { dueOn: string; dueTime: string | null };

/**
 * The due date (and time) a drop gives. On the all-day row a todo is due that
 * day with no time, except one carried over to today because it is overdue:
 * moving it to another day keeps the time it had. On the grid it is due at
 * the time it was dropped at.
 */
export function dueChangeOfDrop(todo: CalendarTodo, drop: TodoDrop, today: string, timeZone: string): TodoDueChange {
  if (!drop.allDay) return { dueOn: localDateOf(drop.start, timeZone), dueTime: localTimeOf(drop.start, timeZone) };
  const carriedOver = todoPlacement(todo, today)?.carriedOver ?? false;
  return { dueOn: drop.date, dueTime: carriedOver && todo.dueAt ? localTimeOf(todo.dueAt, timeZone) : null };
}

/** The todo as it is once due at `change`, as seen at `now`. */
export function rescheduledTodo<Todo extends CalendarTodo>(todo: Todo, change: TodoDueChange, now: Date, timeZone: string): Todo {
  const dueAt = change.dueTime ? atLocalTime(change.dueOn, change.dueTime, timeZone) : null;
  const overdue = isTodoOverdue({ done: todo.done, dueOn: change.dueOn, dueAt }, localDateOf(now, timeZone), now);
  return { ...todo, dueOn: change.dueOn, dueAt, overdue };
}

/** A todo as it was and as it becomes; the same change undone is the two swapped. */
export type CalendarTodoChange<Todo extends CalendarTodo = CalendarTodo> = { before: Todo; after: Todo };

export function invertCalendarTodoChange<Todo extends CalendarTodo>(change: CalendarTodoChange<Todo>): CalendarTodoChange<Todo> {
  return { before: change.after, after: change.before };
}

/** A cached window's todos after the change: the todo replaced where the window has it. */
export function applyCalendarTodoChange<Todo extends CalendarTodo>(todos: Todo[], change: CalendarTodoChange<Todo>): Todo[] {
  return todos.some((todo) => todo.id === change.before.id) ? todos.map((todo) => (todo.id === change.before.id ? change.after : todo)) : todos;
}

/** The agenda's todos under their days from `startDate` on (each once; windows overlap at their edges), by time. */
export function todosByDay<Todo extends CalendarTodo>(windows: readonly (readonly Todo[] | undefined)[], startDate: string, today: string, filter: ScheduleFilter): Map<string, Todo[]> {
  const seen = new Map<string, Todo>();
  for (const todos of windows) for (const todo of todos ?? []) if (filterShowsTodo(filter, todo)) seen.set(todo.id, todo);
  const days = new Map<string, Todo[]>();
  const sorted = [...seen.values()].sort((a, b) => sortKey(a, today).localeCompare(sortKey(b, today)));
  for (const todo of sorted) {
    const placement = todoPlacement(todo, today);
    if (!placement) continue;
    const date = placement.allDay ? placement.date : (todo.dueOn ?? "");
    if (date < startDate) continue;
    const day = days.get(date) ?? [];
    day.push(todo);
    days.set(date, day);
  }
  return days;
}

/** Date-only todos first in a day, then timed ones by time; ties by id. */
function sortKey(todo: CalendarTodo, today: string): string {
  const placement = todoPlacement(todo, today);
  const date = placement?.allDay ? placement.date : (todo.dueOn ?? "");
  const time = placement && !placement.allDay ? placement.start.toISOString() : "";
  return `${date}|${time}|${todo.id}`;
}

/** The day after a date: a date-only todo's all-day event ends there (FullCalendar's end is exclusive). */
export function dayAfter(date: string): string {
  return shiftDate(date, "days", 1);
}

/** One line of an agenda day: a schedule or a todo. */
export type AgendaEntry<Schedule, Todo> = { kind: "schedule"; schedule: Schedule } | { kind: "todo"; todo: Todo };

/**
 * An agenda day's schedules and todos as one list: what has no time first
 * (all-day schedules, then todos due that day or carried over), then by time,
 * a schedule before a todo at the same time. Each kind keeps its own order.
 */
export function agendaEntries<Schedule extends { allDay: boolean; startAt: Date }, Todo extends CalendarTodo>(
  schedules: readonly Schedule[],
  todos: readonly Todo[],
  today: string,
): AgendaEntry<Schedule, Todo>[] {
  const timeOf = (entry: AgendaEntry<Schedule, Todo>): number => {
    if (entry.kind === "schedule") return entry.schedule.allDay ? Number.NEGATIVE_INFINITY : entry.schedule.startAt.getTime();
    const placement = todoPlacement(entry.todo, today);
    return placement && !placement.allDay ? placement.start.getTime() : Number.NEGATIVE_INFINITY;
  };
  const rank = (entry: AgendaEntry<Schedule, Todo>) => (entry.kind === "schedule" ? 0 : 1);
  const entries: AgendaEntry<Schedule, Todo>[] = [
    ...schedules.map((schedule) => ({ kind: "schedule" as const, schedule })),
    ...todos.map((todo) => ({ kind: "todo" as const, todo })),
  ];
  // Array.prototype.sort is stable: each kind's own order stays within equal times.
  return entries.sort((a, b) => timeOf(a) - timeOf(b) || rank(a) - rank(b));
}
