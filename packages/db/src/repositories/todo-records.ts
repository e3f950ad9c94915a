import type { TodoColor } from "@planner/domain";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

// What every todo read returns: the row with its project, labels and parent,
// in the same statement as the row (joins and a labels sub-select, as JSON),
// so a page costs one statement whatever it holds; lists that nest subtasks
// load all of the page's subtasks in one more.

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

/** The columns of a TodoRecord for todos aliased `t` (FROM todos t plus RECORD_JOINS). */
export const RECORD_COLUMNS = Prisma.sql`
  t.id, t.contents, t.done, t.due_on, t.due_at, t.priority, t.position, t.reminder_minutes, t.created_at, t.updated_at, t.parent_id,
  CASE WHEN rp.id IS NULL THEN NULL ELSE json_build_object('id', rp.id, 'name', rp.name, 'color', rp.color) END AS project,
  CASE WHEN rparent.id IS NULL THEN NULL ELSE json_build_object('id', rparent.id, 'contents', rparent.contents) END AS parent,
  COALESCE((SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'color', l.color) ORDER BY lower(l.name), l.id)
            FROM todo_labels tl JOIN labels l ON l.id = tl.label_id WHERE tl.todo_id = t.id), '[]'::json) AS labels`;

export const RECORD_JOINS = Prisma.sql`LEFT JOIN projects rp ON rp.id = t.project_id LEFT JOIN todos rparent ON rparent.id = t.parent_id`;

export type RecordRow = {
  id: string;
  contents: string;
  done: boolean;
  due_on: Date | null;
  due_at: Date | null;
  priority: number;
  position: string;
  reminder_minutes: number[] | null;
  created_at: Date;
  updated_at: Date;
  parent_id: string | null;
  project: unknown;
  parent: unknown;
  labels: unknown;
};

/** A DATE column comes back as that date's UTC midnight. */
export function dateText(date: Date | string | null): string | null {
  if (date === null) return null;
  return typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10);
}

/** What a DATE column is written as: the date's UTC midnight. */
export function dateValue(date: string | null): Date | null {
  return date === null ? null : new Date(`${date}T00:00:00.000Z`);
}

function json<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

export function todoRecordOf(row: RecordRow): TodoRecord {
  return {
    id: row.id,
    contents: row.contents,
    done: row.done,
    dueOn: dateText(row.due_on),
    dueAt: row.due_at === null ? null : new Date(row.due_at),
    priority: Number(row.priority),
    position: row.position,
    reminderMinutes: row.reminder_minutes ?? [],
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    project: json<ListRef | null>(row.project),
    labels: json<ListRef[]>(row.labels),
    parent: json<{ id: string; contents: string } | null>(row.parent),
    subtasks: [],
  };
}

/** The subtasks of these todos, each under its parent, in the manual order (one statement). */
export async function nestSubtasks(prisma: PrismaClient, records: TodoRecord[]): Promise<TodoRecord[]> {
  if (records.length === 0) return records;
  const rows = await prisma.$queryRaw<RecordRow[]>`
    SELECT ${RECORD_COLUMNS} FROM todos t ${RECORD_JOINS}
    WHERE t.parent_id = ANY(${records.map((record) => record.id)}::uuid[])
    ORDER BY t.position`;
  const byParent = new Map<string, TodoRecord[]>();
  for (const row of rows) {
    const list = byParent.get(row.parent_id!) ?? [];
    list.push(todoRecordOf(row));
    byParent.set(row.parent_id!, list);
  }
  return records.map((record) => ({ ...record, subtasks: byParent.get(record.id) ?? [] }));
}

/** One owner's todo with its details (and subtasks when `nest`), or null. */
export async function findRecord(prisma: PrismaClient, ownerId: string, id: string, nest: boolean): Promise<TodoRecord | null> {
  const rows = await prisma.$queryRaw<RecordRow[]>`
    SELECT ${RECORD_COLUMNS} FROM todos t ${RECORD_JOINS} WHERE t.id = ${id}::uuid AND t.owner_id = ${ownerId}::uuid`;
  const records = rows.map(todoRecordOf);
  return (nest ? await nestSubtasks(prisma, records) : records)[0] ?? null;
}
