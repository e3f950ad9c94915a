import type { TestDatabase } from "@planner/db/testing";
import { lastOccurrenceEnd, nextReminder, type RemindableSchedule } from "@planner/domain";
import { newIdForTests } from "../ids";

export type RemindedScheduleInput = {
  title?: string;
  startAt: Date;
  endAt: Date;
  allDay?: boolean;
  /** An RFC 5545 rule line; the schedule repeats in its owner's zone. */
  recurrence?: string;
  reminderMinutes: number[];
  status?: "OPEN" | "CLOSED";
  exceptions?: Date[];
};

/**
 * A schedule with chosen reminders and its queue row, written straight to the
 * database as a schedule write leaves them (the row at `nextReminder` after
 * `now`), so the worker can be tested on its own.
 */
export async function insertRemindedSchedule(db: TestDatabase, ownerId: string, input: RemindedScheduleInput, now: Date): Promise<{ id: string; remindAt: Date | null }> {
  const owner = await db.prisma.user.findUniqueOrThrow({ where: { id: ownerId }, select: { timeZone: true } });
  const allDay = input.allDay ?? false;
  const repeating = input.recurrence ? { recurrence: input.recurrence, timeZone: owner.timeZone, exceptions: input.exceptions ?? [] } : null;
  const id = newIdForTests();
  await db.prisma.schedule.create({
    data: {
      id,
      ownerId,
      title: input.title ?? "Standup",
      startAt: input.startAt,
      endAt: input.endAt,
      allDay,
      status: input.status ?? "OPEN",
      reminderMinutes: input.reminderMinutes,
      ...(repeating && {
        recurrence: repeating.recurrence,
        timeZone: repeating.timeZone,
        repeatsUntil: lastOccurrenceEnd({ startAt: input.startAt, endAt: input.endAt, allDay, ...repeating }),
        exceptions: { create: repeating.exceptions.map((originalStartAt) => ({ originalStartAt })) },
      }),
    },
  });
  const schedule: RemindableSchedule = { startAt: input.startAt, endAt: input.endAt, allDay, reminderMinutes: input.reminderMinutes, ownerTimeZone: owner.timeZone, repeating };
  const remindAt = input.status === "CLOSED" ? null : (nextReminder(schedule, now)?.remindAt ?? null);
  if (remindAt) await db.prisma.scheduleReminder.create({ data: { scheduleId: id, remindAt } });
  return { id, remindAt };
}
