import type { Database, Schedule, ScheduleWithOwner } from "@planner/db";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type ErrorCode,
  canCreateOwnSchedules,
  canReadSchedule,
  canWriteSchedule,
  reminderTimeFor,
  timeSlotProblems,
  type Actor,
  type AdminCreateScheduleValues,
  type AdminListSchedulesValues,
  type BoundedTotal,
  type AdminScheduleRangeValues,
  type CreateScheduleValues,
  type ListSchedulesValues,
  type RestoreScheduleValues,
  type ScheduleIdValues,
  type ScheduleRangeValues,
  type SetScheduleStatusValues,
  type UpdateScheduleValues,
} from "@planner/domain";
import { found } from "./found";

// A schedule the caller may not read is reported exactly like a missing one.
const NOT_FOUND = "That schedule";

/** A schedule as a viewer sees it: `readOnly` when it is on a calendar shared with them. */
export type ScheduleView = ScheduleWithOwner & { readOnly: boolean };

export async function schedulesInRange(db: Database, actor: Actor, input: ScheduleRangeValues): Promise<ScheduleView[]> {
  const rows = await db.schedules.findVisibleInRange(actor.userId, input.includeShared, input);
  return rows.map((schedule) => view(actor, schedule));
}

/** Any one user's calendar, for admins (the router requires the admin role). */
export async function userSchedulesInRange(db: Database, actor: Actor, input: AdminScheduleRangeValues): Promise<ScheduleView[]> {
  const rows = await db.schedules.findInRange([input.ownerId], input);
  return rows.map((schedule) => view(actor, schedule));
}

export function listOwnSchedules(db: Database, actor: Actor, input: ListSchedulesValues): Promise<{ items: Schedule[]; nextCursor: string | null }> {
  return db.schedules.listForOwner(actor.userId, input);
}

/** Every user's schedules, for admins (the router requires the admin role). */
/** A page of the admin schedules list; `total` (bounded) comes with the first page only. */
export type AdminSchedulePage = { items: ScheduleWithOwner[]; nextCursor: string | null; total: BoundedTotal | null };

export function listAllSchedules(db: Database, input: AdminListSchedulesValues): Promise<AdminSchedulePage> {
  return db.schedules.listAll(input);
}

export async function scheduleById(db: Database, actor: Actor, input: ScheduleIdValues): Promise<ScheduleView> {
  return view(actor, await readable(db, actor, input.id));
}

/** On the caller's own calendar, or (admins) on the one `ownerId` names. */
export async function createSchedule(
  db: Database,
  actor: Actor,
  input: CreateScheduleValues | AdminCreateScheduleValues,
  now: Date,
): Promise<ScheduleView> {
  const ownerId = "ownerId" in input ? input.ownerId : actor.userId;
  assertMayAddTo(actor, ownerId);
  await assertValidSlot(db, ownerId, input);
  const remindAt = reminderTimeFor({ startAt: input.startAt, status: "OPEN" }, now);
  const schedule = await db.schedules.create({ ...input, ownerId, createdById: actor.userId }, { remindAt });
  return view(actor, schedule);
}

/** The undo of a delete: the schedule back with its id, times and status, and its reminder if one is still ahead. */
export async function restoreSchedule(db: Database, actor: Actor, input: RestoreScheduleValues, now: Date): Promise<ScheduleView> {
  const ownerId = input.ownerId ?? actor.userId;
  assertMayAddTo(actor, ownerId);
  await assertValidSlot(db, ownerId, input);
  // Ids are only ever reused by undo; anything else already holding it wins.
  if (await db.schedules.exists(input.id)) throw new ConflictError("id", "That schedule is already there.", "scheduleExists");
  const remindAt = reminderTimeFor({ startAt: input.startAt, status: input.status }, now);
  const schedule = await db.schedules.restore({ ...input, ownerId, createdById: actor.userId }, { remindAt });
  return view(actor, schedule);
}

/** Edits, moves (both times) and resizes (one time). */
export async function updateSchedule(db: Database, actor: Actor, input: UpdateScheduleValues, now: Date): Promise<ScheduleView> {
  const current = await writable(db, actor, input.id);
  const { id, ...changes } = input;
  if (!changes.startAt && !changes.endAt) return view(actor, found(await db.schedules.update(id, changes), NOT_FOUND, "scheduleNotFound"));
  const startAt = changes.startAt ?? current.startAt;
  await assertValidSlot(db, current.ownerId, { startAt, endAt: changes.endAt ?? current.endAt });
  // Moving it reschedules the reminder.
  const remindAt = reminderTimeFor({ startAt, status: current.status }, now);
  return view(actor, found(await db.schedules.update(id, changes, { remindAt }), NOT_FOUND, "scheduleNotFound"));
}

/** Done cancels the reminder; planned again brings it back if there is still time. */
export async function setScheduleStatus(db: Database, actor: Actor, input: SetScheduleStatusValues, now: Date): Promise<ScheduleView> {
  const current = await writable(db, actor, input.id);
  const remindAt = reminderTimeFor({ startAt: current.startAt, status: input.status }, now);
  return view(actor, found(await db.schedules.update(input.id, { status: input.status }, { remindAt }), NOT_FOUND, "scheduleNotFound"));
}

export async function deleteSchedule(db: Database, actor: Actor, input: ScheduleIdValues): Promise<ScheduleIdValues> {
  await writable(db, actor, input.id);
  found(await db.schedules.delete(input.id), NOT_FOUND, "scheduleNotFound");
  return { id: input.id };
}

/** Own calendars for those who may write (not subscribers); anyone's for admins. */
function assertMayAddTo(actor: Actor, ownerId: string): void {
  if (ownerId === actor.userId ? canCreateOwnSchedules(actor) : canWriteSchedule(actor, { ownerId })) return;
  throw actor.role === "SUBSCRIBER"
    ? new ForbiddenError("Subscriber accounts are read-only.", "subscriberReadOnly")
    : new ForbiddenError("You may not add to that calendar.", "calendarNotYours");
}

/** Loads a schedule the actor may read; anything else is NOT_FOUND, revealing nothing. */
async function readable(db: Database, actor: Actor, id: string): Promise<ScheduleWithOwner> {
  const schedule = found(await db.schedules.findById(id), NOT_FOUND, "scheduleNotFound");
  const subscribed = actor.userId !== schedule.ownerId && actor.role === "SUBSCRIBER" && (await db.subscriptions.isSubscribed(actor.userId, schedule.ownerId));
  if (!canReadSchedule(actor, { ownerId: schedule.ownerId, actorSubscribedToOwner: subscribed })) throw new NotFoundError(NOT_FOUND, "scheduleNotFound");
  return schedule;
}

/** Readable and writable; readable but read-only is FORBIDDEN (its existence is no secret then). */
async function writable(db: Database, actor: Actor, id: string): Promise<ScheduleWithOwner> {
  const schedule = await readable(db, actor, id);
  if (!canWriteSchedule(actor, schedule)) throw new ForbiddenError("This calendar is read-only for you.", "scheduleReadOnly");
  return schedule;
}

async function assertValidSlot(db: Database, ownerId: string, slot: { startAt: Date; endAt: Date }): Promise<void> {
  const timeZone = await db.users.timeZoneOf(ownerId);
  if (!timeZone) throw new NotFoundError("That user", "userNotFound");
  const problems = timeSlotProblems(slot, timeZone);
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    const fieldCodes: Record<string, ErrorCode> = {};
    for (const problem of problems) {
      (fieldErrors[problem.field] ??= []).push(problem.message);
      fieldCodes[problem.field] ??= problem.code;
    }
    const first = problems[0]!;
    throw new ValidationError(first.message, fieldErrors, first.code, first.params, fieldCodes);
  }
}

function view(actor: Actor, schedule: ScheduleWithOwner): ScheduleView {
  return { ...schedule, readOnly: !canWriteSchedule(actor, schedule) };
}
