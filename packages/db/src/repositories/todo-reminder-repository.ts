import { localeOf, type Locale } from "@planner/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { newId } from "../ids";
import type { DeliveryResult, ReminderPlan } from "./reminder-repository";

/** What the next reminder of a todo is computed from: the todo as it is now. */
export type RemindableTodoRow = {
  todoId: string;
  dueAt: Date | null;
  done: boolean;
  reminderMinutes: number[];
  ownerTimeZone: string;
};

/** A todo whose queue row has fallen due, with all that wording its reminder needs. */
export type DueTodo = RemindableTodoRow & {
  /** When its queue row was due: the reminders from here on are the ones not yet handled. */
  queuedFor: Date;
  contents: string;
  ownerId: string;
  locale: Locale;
  hasEmail: boolean;
};

export type TodoDeliveryOptions = {
  now: Date;
  batchSize: number;
  /** The caller's rule for each claimed todo; runs inside the claiming transaction, so pure and quick. */
  planFor: (todo: DueTodo) => ReminderPlan;
  /** Test hook: runs inside the transaction after the notifications are written, before commit. */
  beforeCommit?: () => Promise<void> | void;
};

type TodoStateRow = { id: string; due_at: Date | string | null; done: boolean; reminder_minutes: number[] | null; owner_time_zone: string };
type DueTodoRow = TodoStateRow & { remind_at: Date | string; contents: string; owner_id: string; locale: string | null; has_email: boolean };

/**
 * The todo reminder queue, the twin of schedule_reminders: one row per todo,
 * due at its next reminder. Workers claim due rows with FOR UPDATE SKIP
 * LOCKED, write the notifications and move or remove the rows in the same
 * transaction; the notification's unique dedupe key is the last guard, so a
 * reminder never gives two notifications.
 *
 * The row follows the todo through `sync`, called after every change of a
 * todo's due time, reminders or done flag. It reads the todo as committed,
 * under the todo's row lock, rather than trusting its caller's copy: two
 * changes racing each other leave the row right for whichever committed last.
 * Deleting a todo removes its row (ON DELETE CASCADE).
 */
export class TodoReminderRepository {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Puts each todo's row at the time `plan` gives for it (null: no row).
   * Todos that no longer exist have none (the cascade took it).
   */
  async sync(todoIds: readonly string[], plan: (todo: RemindableTodoRow) => Date | null): Promise<void> {
    if (todoIds.length === 0) return;
    const ids = [...new Set(todoIds)];
    await this.prisma.$transaction(async (tx) => {
      // In id order, so two syncs of overlapping sets lock in the same order. NO KEY
      // UPDATE, like the todo's own UPDATE: a worker writing a notification that
      // refers to the todo (a KEY SHARE lock for the foreign key) is not held up by
      // it, so a sync waiting on the worker's queue row can never deadlock with it.
      const rows = await tx.$queryRaw<TodoStateRow[]>`
        SELECT t.id, t.due_at, t.done, t.reminder_minutes, u.time_zone AS owner_time_zone
        FROM todos t JOIN users u ON u.id = t.owner_id
        WHERE t.id = ANY(${ids}::uuid[])
        ORDER BY t.id
        FOR NO KEY UPDATE OF t`;
      const planned = rows.map((row) => ({ id: row.id, remindAt: plan(toRemindable(row)) }));
      const keep = planned.filter((entry) => entry.remindAt !== null);
      const drop = planned.filter((entry) => entry.remindAt === null).map((entry) => entry.id);
      if (keep.length > 0) {
        const times = keep.map((entry) => entry.remindAt!.toISOString());
        await tx.$executeRaw`
          INSERT INTO todo_reminders (todo_id, remind_at)
          SELECT * FROM unnest(${keep.map((entry) => entry.id)}::uuid[], ${times}::timestamptz[])
          ON CONFLICT (todo_id) DO UPDATE SET remind_at = EXCLUDED.remind_at`;
      }
      if (drop.length > 0) await tx.$executeRaw`DELETE FROM todo_reminders WHERE todo_id = ANY(${drop}::uuid[])`;
    });
  }

  async deliverDue(options: TodoDeliveryOptions): Promise<DeliveryResult> {
    const { now } = options;
    return this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<DueTodoRow[]>`
          SELECT r.todo_id AS id, r.remind_at, t.contents, t.done, t.due_at, t.reminder_minutes,
                 t.owner_id, u.time_zone AS owner_time_zone, u.locale::text AS locale, u.email IS NOT NULL AS has_email
          FROM todo_reminders r
          JOIN todos t ON t.id = r.todo_id
          JOIN users u ON u.id = t.owner_id
          WHERE r.remind_at <= ${now}::timestamptz
          ORDER BY r.remind_at
          LIMIT ${options.batchSize}
          FOR UPDATE OF r SKIP LOCKED`;
        if (rows.length === 0) return { claimed: 0, delivered: 0, skipped: 0 };

        const planned = rows.map(toDueTodo).map((todo) => ({ todo, plan: options.planFor(todo) }));
        const { count } = await tx.notification.createMany({
          data: planned.flatMap(({ todo, plan }) =>
            plan.notifications.map((notification) => ({
              id: newId(),
              recipientId: todo.ownerId,
              kind: "TODO_REMINDER" as const,
              todoId: todo.todoId,
              createdAt: now,
              ...notification,
            })),
          ),
          skipDuplicates: true,
        });

        const moving = planned.filter(({ plan }) => plan.nextRemindAt);
        const done = planned.filter(({ plan }) => !plan.nextRemindAt).map(({ todo }) => todo.todoId);
        if (moving.length > 0) {
          const ids = moving.map(({ todo }) => todo.todoId);
          const times = moving.map(({ plan }) => plan.nextRemindAt!.toISOString());
          await tx.$executeRaw`
            UPDATE todo_reminders r SET remind_at = next.remind_at
            FROM unnest(${ids}::uuid[], ${times}::timestamptz[]) AS next(todo_id, remind_at)
            WHERE r.todo_id = next.todo_id`;
        }
        if (done.length > 0) await tx.$executeRaw`DELETE FROM todo_reminders WHERE todo_id = ANY(${done}::uuid[])`;
        await options.beforeCommit?.();
        return { claimed: rows.length, delivered: count, skipped: planned.filter(({ plan }) => plan.notifications.length === 0).length };
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** When a todo's queue row is due, if it has one. */
  async pendingFor(todoId: string): Promise<Date | null> {
    const rows = await this.prisma.$queryRaw<{ remind_at: Date | string }[]>`SELECT remind_at FROM todo_reminders WHERE todo_id = ${todoId}::uuid`;
    return rows[0] ? new Date(rows[0].remind_at) : null;
  }
}

function toRemindable(row: TodoStateRow): RemindableTodoRow {
  return {
    todoId: row.id,
    dueAt: row.due_at === null ? null : new Date(row.due_at),
    done: row.done,
    reminderMinutes: row.reminder_minutes ?? [],
    ownerTimeZone: row.owner_time_zone,
  };
}

function toDueTodo(row: DueTodoRow): DueTodo {
  return {
    ...toRemindable(row),
    queuedFor: new Date(row.remind_at),
    contents: row.contents,
    ownerId: row.owner_id,
    locale: localeOf(row.locale) ?? "en",
    hasEmail: row.has_email,
  };
}
