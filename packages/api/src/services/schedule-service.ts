import type { Database, ScheduleChanges, ScheduleWithOwner } from "@planner/db";
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  canCreateOwnSchedules,
  canReadSchedule,
  canWriteSchedule,
  reminderTimeFor,
  timeSlotProblems,
  type Actor,
  type ScheduleStatus,
} from "@planner/domain";

/** A schedule as a viewer sees it: `readOnly` when it is on a calendar shared with them. */
export type ScheduleView = ScheduleWithOwner & { readOnly: boolean };

export async function schedulesInRange(
  db: Database,
  actor: Actor,
  input: { from: Date; to: Date; includeShared: boolean },
): Promise<ScheduleView[]> {
  const shared = input.includeShared ? await db.subscriptions.ownersFollowedBy(actor.userId) : [];
  const rows = await db.schedules.findInRange([actor.userId, ...shared], input);
  return rows.map((schedule) => view(actor, schedule));
}

/** Any one user's calendar, for admins (the router requires the admin role). */
export async function userSchedulesInRange(db: Database, actor: Actor, input: { ownerId: string; from: Date; to: Date }): Promise<ScheduleView[]> {
  const rows = await db.schedules.findInRange([input.ownerId], input);
  return rows.map((schedule) => view(actor, schedule));
}

export function listOwnSchedules(db: Database, actor: Actor, input: { status?: ScheduleStatus; cursor?: string | null; limit: number }) {
  return db.schedules.listForOwner(actor.userId, input);
}

export async function scheduleById(db: Database, actor: Actor, id: string): Promise<ScheduleView> {
  return view(actor, await readable(db, actor, id));
}

export async function createSchedule(
  db: Database,
  actor: Actor,
  input: { ownerId?: string; title: string; memo?: string; startAt: Date; endAt: Date },
  now: Date,
): Promise<ScheduleView> {
  const ownerId = input.ownerId ?? actor.userId;
  if (ownerId === actor.userId ? !canCreateOwnSchedules(actor) : !canWriteSchedule(actor, { ownerId })) {
    throw new ForbiddenError(actor.role === "SUBSCRIBER" ? "Subscriber accounts are read-only." : "You may not add to that calendar.");
  }
  await assertValidSlot(db, ownerId, input);
  const remindAt = reminderTimeFor({ startAt: input.startAt, status: "OPEN" }, now);
  const schedule = await db.schedules.create({ ...input, ownerId, createdById: actor.userId }, { remindAt });
  return view(actor, schedule);
}

/** Edits, moves (both times) and resizes (one time). */
export async function updateSchedule(
  db: Database,
  actor: Actor,
  input: { id: string } & Omit<ScheduleChanges, "status">,
  now: Date,
): Promise<ScheduleView> {
  const current = await writable(db, actor, input.id);
  const { id, ...changes } = input;
  if (!changes.startAt && !changes.endAt) return view(actor, found(await db.schedules.update(id, changes)));
  const startAt = changes.startAt ?? current.startAt;
  await assertValidSlot(db, current.ownerId, { startAt, endAt: changes.endAt ?? current.endAt });
  // Moving it reschedules the reminder.
  const remindAt = reminderTimeFor({ startAt, status: current.status }, now);
  return view(actor, found(await db.schedules.update(id, changes, { remindAt })));
}

/** Done cancels the reminder; planned again brings it back if there is still time. */
export async function setScheduleStatus(
  db: Database,
  actor: Actor,
  input: { id: string; status: ScheduleStatus },
  now: Date,
): Promise<ScheduleView> {
  const current = await writable(db, actor, input.id);
  const remindAt = reminderTimeFor({ startAt: current.startAt, status: input.status }, now);
  return view(actor, found(await db.schedules.update(input.id, { status: input.status }, { remindAt })));
}

export async function deleteSchedule(db: Database, actor: Actor, id: string): Promise<{ id: string }> {
  await writable(db, actor, id);
  found(await db.schedules.delete(id));
  return { id };
}

/** Loads a schedule the actor may read; anything else is NOT_FOUND, revealing nothing. */
async function readable(db: Database, actor: Actor, id: string): Promise<ScheduleWithOwner> {
  const schedule = found(await db.schedules.findById(id));
  const subscribed = actor.userId !== schedule.ownerId && actor.role === "SUBSCRIBER" && (await db.subscriptions.isSubscribed(actor.userId, schedule.ownerId));
  if (!canReadSchedule(actor, { ownerId: schedule.ownerId, actorSubscribedToOwner: subscribed })) throw new NotFoundError("That schedule");
  return schedule;
}

/** Readable and writable; readable but read-only is FORBIDDEN (its existence is no secret then). */
async function writable(db: Database, actor: Actor, id: string): Promise<ScheduleWithOwner> {
  const schedule = await readable(db, actor, id);
  if (!canWriteSchedule(actor, schedule)) throw new ForbiddenError("This calendar is read-only for you.");
  return schedule;
}

async function assertValidSlot(db: Database, ownerId: string, slot: { startAt: Date; endAt: Date }): Promise<void> {
  const timeZone = await db.users.timeZoneOf(ownerId);
  if (!timeZone) throw new NotFoundError("That user");
  const problems = timeSlotProblems(slot, timeZone);
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const problem of problems) (fieldErrors[problem.field] ??= []).push(problem.message);
    throw new ValidationError(problems[0]!.message, fieldErrors);
  }
}

function view(actor: Actor, schedule: ScheduleWithOwner): ScheduleView {
  return { ...schedule, readOnly: !canWriteSchedule(actor, schedule) };
}

function found<T>(value: T | null): T {
  if (!value) throw new NotFoundError("That schedule");
  return value;
}
