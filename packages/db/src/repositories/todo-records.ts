import type { TodoColor } from "@planner/domain";
import type { Prisma } from "../generated/prisma/client";

// What every todo read returns: the row with its project, labels and parent,
// loaded with it (one query for a page, never one per row). Lists that nest
// subtasks under their parent also load those, in the manual order.

const listRefSelect = { id: true, name: true, color: true } satisfies Prisma.ProjectSelect;

export const todoRecordSelect = {
  id: true,
  contents: true,
  done: true,
  dueOn: true,
  dueAt: true,
  priority: true,
  position: true,
  reminderMinutes: true,
  createdAt: true,
  updatedAt: true,
  project: { select: listRefSelect },
  labels: { select: { label: { select: listRefSelect } }, orderBy: { label: { name: "asc" } } },
  parent: { select: { id: true, contents: true } },
} satisfies Prisma.TodoSelect;

export const todoRecordWithSubtasksSelect = {
  ...todoRecordSelect,
  subtasks: { select: todoRecordSelect, orderBy: { position: "asc" } },
} satisfies Prisma.TodoSelect;

type Row = Prisma.TodoGetPayload<{ select: typeof todoRecordSelect }>;
type RowWithSubtasks = Prisma.TodoGetPayload<{ select: typeof todoRecordWithSubtasksSelect }>;

export type ListRef = { id: string; name: string; color: TodoColor };

/** A todo as the repositories hand it out. `subtasks` is filled only where a read nests them. */
export type TodoRecord = {
  id: string;
  contents: string;
  done: boolean;
  /** The owner's local date, "YYYY-MM-DD". */
  dueOn: string | null;
  dueAt: Date | null;
  priority: number;
  position: string;
  reminderMinutes: number[];
  createdAt: Date;
  updatedAt: Date;
  project: ListRef | null;
  labels: ListRef[];
  parent: { id: string; contents: string } | null;
  subtasks: TodoRecord[];
};

/** A DATE column comes back as that date's UTC midnight. */
export function dateText(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** What a DATE column is written as: the date's UTC midnight. */
export function dateValue(date: string | null): Date | null {
  return date === null ? null : new Date(`${date}T00:00:00.000Z`);
}

export function todoRecordOf(row: Row | RowWithSubtasks): TodoRecord {
  return {
    id: row.id,
    contents: row.contents,
    done: row.done,
    dueOn: dateText(row.dueOn),
    dueAt: row.dueAt,
    priority: row.priority,
    position: row.position,
    reminderMinutes: row.reminderMinutes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    project: row.project as ListRef | null,
    labels: row.labels.map((link) => link.label as ListRef),
    parent: row.parent,
    subtasks: "subtasks" in row ? row.subtasks.map(todoRecordOf) : [],
  };
}
