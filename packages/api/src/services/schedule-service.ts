import type { Database, ScheduleForChange, ScheduleWithOwner } from "@planner/db";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  canCreateOwnSchedules,
  canReadSchedule,
  canWriteSchedule,
  type Actor,
  type AdminCreateScheduleValues,
  type AdminListSchedulesValues,
  type BoundedTotal,
  type AdminScheduleRangeValues,
  type CreateScheduleValues,
  type DeleteScheduleValues,
  type ListSchedulesValues,
  type RestoreOccurrenceValues,
  type RestoreScheduleValues,
  type ScheduleIdValues,
  type ScheduleRangeValues,
  type SetScheduleStatusValues,
  type UpdateScheduleValues,
} from "@planner/domain";
import { found } from "./found";
import { assertValidWhen, nextRemindAt, ownerSettings, reminderMinutesFor, repeatFields } from "./schedule-rules";
import {
  asSeries,
  assertOccurrence,
  notAnOccurrence,
  notRepeating,
  oneOffChanges,
  planNewOverride,
  planOverrideChange,
  planSeriesChange,
  planOccurrenceRestore,
  planSeriesDelete,
  type Changes,
  type Plan,
  type PlanContext,
} from "./schedule-series";
import { scheduleFields, scheduleView, windowViews, type ScheduleFields, type ScheduleView } from "./schedule-view";

export type { ScheduleView } from "./schedule-view";

// A schedule the caller may not read is reported exactly like a missing one.
const NOT_FOUND = "That schedule";

export async function schedulesInRange(db: Database, actor: Actor, input: ScheduleRangeValues): Promise<ScheduleView[]> {
  return windowViews(actor, await db.schedules.findVisibleInRange(actor.userId, input.includeShared, input), input);
}

/** Any one user's calendar, for admins (the router requires the admin role). */
export async function userSchedulesInRange(db: Database, actor: Actor, input: AdminScheduleRangeValues): Promise<ScheduleView[]> {
  const rows = await db.schedules.findInRange([input.ownerId], input);
  // An account that does not exist is not found, not an empty calendar; only an empty answer costs the second query.
  if (rows.length === 0) found(await db.users.findById(input.ownerId), "That user", "userNotFound");
  return windowViews(actor, rows, input);
}

/** The stored schedules, a repeating one once (at its first occurrence). */
export async function listOwnSchedules(db: Database, actor: Actor, input: ListSchedulesValues): Promise<{ items: ScheduleFields[]; nextCursor: string | null }> {
  const page = await db.schedules.listForOwner(actor.userId, input);
  return { items: page.items.map((row) => scheduleFields(row)), nextCursor: page.nextCursor };
}

/** A page of the admin schedules list; `total` (bounded) comes with the first page only. */
export type AdminSchedulePage = { items: (ScheduleFields & { owner: ScheduleWithOwner["owner"] })[]; nextCursor: string | null; total: BoundedTotal | null };

/** Every user's schedules, for admins (the router requires the admin role). */
export async function listAllSchedules(db: Database, input: AdminListSchedulesValues): Promise<AdminSchedulePage> {
  const page = await db.schedules.listAll(input);
  return { ...page, items: page.items.map((row) => ({ ...scheduleFields(row), owner: row.owner })) };
}

export async function scheduleById(db: Database, actor: Actor, input: ScheduleIdValues): Promise<ScheduleView> {
  return scheduleView(actor, await readable(db, actor, input.id, (id) => db.schedules.findById(id)));
}

/**
 * On the caller's own calendar, or (admins) on the one `ownerId` names. A
 * repeating one keeps the owner's zone (its occurrences keep that wall clock)
 * and is stored from its first occurrence; reminders left out are the owner's defaults.
 */
export async function createSchedule(
  db: Database,
  actor: Actor,
  input: CreateScheduleValues | AdminCreateScheduleValues,
  now: Date,
): Promise<ScheduleView> {
  const ownerId = "ownerId" in input ? input.ownerId : actor.userId;
  assertMayAddTo(actor, ownerId);
  const settings = await ownerSettings(db, ownerId);
  const when = { startAt: input.startAt, endAt: input.endAt, allDay: input.allDay };
  assertValidWhen(when, settings.timeZone);
  const reminderMinutes = reminderMinutesFor(input.reminders, input.allDay, settings);
  const repeat = input.recurrence ? repeatFields(when, input.recurrence, settings.timeZone) : { recurrence: null, timeZone: null, repeatsUntil: null };
  const row = {
    id: db.schedules.newId(),
    ownerId,
    createdById: actor.userId,
    title: input.title,
    memo: input.memo ?? "",
    ...when,
    status: "OPEN" as const,
    reminderMinutes,
    seriesId: null,
    originalStartAt: null,
    ...repeat,
  };
  await db.schedules.write({ create: [{ row, remindAt: nextRemindAt(row, settings.timeZone, now) }] });
  return scheduleView(actor, found(await db.schedules.findById(row.id), NOT_FOUND, "scheduleNotFound"));
}

/**
 * The undo of a delete: the schedule back with its id, times, status, repeat
 * rule and reminders, and its next reminder if one is still ahead. (A series'
 * changed and deleted occurrences went with it; they are not part of undo.)
 */
export async function restoreSchedule(db: Database, actor: Actor, input: RestoreScheduleValues, now: Date): Promise<ScheduleView> {
  const ownerId = input.ownerId ?? actor.userId;
  assertMayAddTo(actor, ownerId);
  // Ids are only ever reused by undo; anything else already holding it wins.
  if (await db.schedules.exists(input.id)) throw new ConflictError("id", "That schedule is already there.", "scheduleExists");
  const settings = await ownerSettings(db, ownerId);
  const when = { startAt: input.startAt, endAt: input.endAt, allDay: input.allDay };
  assertValidWhen(when, settings.timeZone);
  const repeat = input.recurrence ? repeatFields(when, input.recurrence, settings.timeZone) : { recurrence: null, timeZone: null, repeatsUntil: null };
  const row = {
    id: input.id,
    ownerId,
    createdById: actor.userId,
    title: input.title,
    memo: input.memo,
    ...when,
    status: input.status,
    reminderMinutes: reminderMinutesFor(input.reminders, input.allDay, settings),
    seriesId: null,
    originalStartAt: null,
    ...repeat,
  };
  await db.schedules.write({ create: [{ row, remindAt: nextRemindAt(row, settings.timeZone, now) }] });
  return scheduleView(actor, found(await db.schedules.findById(row.id), NOT_FOUND, "scheduleNotFound"));
}


/** The undo of deleting one unchanged occurrence: the series shows it again. */
export async function restoreOccurrence(db: Database, actor: Actor, input: RestoreOccurrenceValues, now: Date): Promise<ScheduleView> {
  const target = await writable(db, actor, input.id);
  const series = asSeries(target);
  if (!series) throw notRepeating();
  const context = await planContext(db, actor, target.ownerId, now);
  return execute(db, actor, planOccurrenceRestore(series, input.occurrenceStartAt, context));
}

/**
 * Edits, moves (both times) and resizes (one time). On a repeating schedule,
 * `occurrenceStartAt` names the occurrence and `scope` how far the change goes
 * (default: `this` with an occurrence, `all` without). An override (a changed
 * occurrence, its own row) is one occurrence: `this` (its default) changes it,
 * `following` and `all` its series from its original start.
 */
export async function updateSchedule(db: Database, actor: Actor, input: UpdateScheduleValues, now: Date): Promise<ScheduleView> {
  const { id, occurrenceStartAt, scope, ...changes } = input;
  return applyChange(db, actor, id, occurrenceStartAt, scope, changes, now);
}

/** Done is per occurrence: with `occurrenceStartAt`, that occurrence alone (an override row with the status). */
export async function setScheduleStatus(db: Database, actor: Actor, input: SetScheduleStatusValues, now: Date): Promise<ScheduleView> {
  return applyChange(db, actor, input.id, input.occurrenceStartAt, input.occurrenceStartAt ? "this" : undefined, { status: input.status }, now);
}

async function applyChange(
  db: Database,
  actor: Actor,
  id: string,
  occurrenceStartAt: Date | undefined,
  scope: UpdateScheduleValues["scope"],
  changes: Changes,
  now: Date,
): Promise<ScheduleView> {
  const target = await writable(db, actor, id);
  const context = await planContext(db, actor, target.ownerId, now);

  if (target.seriesId && target.originalStartAt) {
    if (occurrenceStartAt && occurrenceStartAt.getTime() !== target.originalStartAt.getTime()) throw notAnOccurrence();
    const series = asSeries(found(await db.schedules.findForChange(target.seriesId), NOT_FOUND, "scheduleNotFound"))!;
    if ((scope ?? "this") === "this") return execute(db, actor, planOverrideChange(target, series.recurrence, changes, context));
    return execute(db, actor, planSeriesChange(series, target.originalStartAt, scope as "following" | "all", changes, context));
  }

  const series = asSeries(target);
  if (!series) {
    if (occurrenceStartAt || (scope && scope !== "all")) throw notRepeating();
    return execute(db, actor, planOneOffChange(target, changes, context));
  }
  const chosen = scope ?? (occurrenceStartAt ? "this" : "all");
  if (chosen !== "this") return execute(db, actor, planSeriesChange(series, occurrenceStartAt ?? series.startAt, chosen, changes, context));
  const start = occurrenceStartAt!;
  const override = assertOccurrence(series, start);
  if (!override) return execute(db, actor, planNewOverride(series, start, changes, context));
  const overrideRow = found(await db.schedules.findForChange(override.id), NOT_FOUND, "scheduleNotFound");
  return execute(db, actor, planOverrideChange(overrideRow, series.recurrence, changes, context));
}

/** A one-off changed; given a rule, it starts repeating from its (new) start in the owner's zone. */
function planOneOffChange(target: ScheduleForChange, changes: Changes, context: PlanContext): Plan {
  const { fields, when, reminderMinutes, status } = oneOffChanges(target, changes, context);
  const repeat = changes.recurrence ? repeatFields(when, changes.recurrence, context.settings.timeZone) : null;
  const row = { ...fields, ...when, ...repeat, reminderMinutes, status, recurrence: repeat?.recurrence ?? null, timeZone: repeat?.timeZone ?? null };
  const remindAt = nextRemindAt(row, context.settings.timeZone, context.now);
  return { write: { update: [{ id: target.id, changes: { ...fields, ...repeat }, remindAt }] }, resultId: target.id };
}

/**
 * Deletes a schedule; on a repeating one `this` occurrence (the default with
 * an occurrence), it and the `following`, or `all` (the default without).
 * Deleting an override deletes that occurrence (its exception stays).
 */
export async function deleteSchedule(db: Database, actor: Actor, input: DeleteScheduleValues, now: Date): Promise<ScheduleIdValues> {
  const target = await writable(db, actor, input.id);
  const context = await planContext(db, actor, target.ownerId, now);
  let plan: Plan;
  if (target.seriesId && target.originalStartAt) {
    if (input.occurrenceStartAt && input.occurrenceStartAt.getTime() !== target.originalStartAt.getTime()) throw notAnOccurrence();
    const scope = input.scope ?? "this";
    const series = asSeries(found(await db.schedules.findForChange(target.seriesId), NOT_FOUND, "scheduleNotFound"))!;
    plan = scope === "this" ? { write: { delete: [target.id] }, resultId: null } : planSeriesDelete(series, target.originalStartAt, scope, context);
  } else {
    const series = asSeries(target);
    if (!series) {
      if (input.occurrenceStartAt || (input.scope && input.scope !== "all")) throw notRepeating();
      plan = { write: { delete: [target.id] }, resultId: null };
    } else {
      plan = planSeriesDelete(series, input.occurrenceStartAt ?? null, input.scope ?? (input.occurrenceStartAt ? "this" : "all"), context);
    }
  }
  if (!(await db.schedules.write(plan.write))) throw new NotFoundError(NOT_FOUND, "scheduleNotFound");
  return { id: input.id };
}

async function planContext(db: Database, actor: Actor, ownerId: string, now: Date): Promise<PlanContext> {
  return { actorId: actor.userId, settings: await ownerSettings(db, ownerId), now, newId: () => db.schedules.newId() };
}

/** Writes the plan and answers with the row (or occurrence) the change is about. */
async function execute(db: Database, actor: Actor, plan: Plan): Promise<ScheduleView> {
  if (!(await db.schedules.write(plan.write))) throw new NotFoundError(NOT_FOUND, "scheduleNotFound");
  const row = found(await db.schedules.findById(plan.resultId!), NOT_FOUND, "scheduleNotFound");
  return scheduleView(actor, row, row.recurrence ? plan.occurrence : undefined);
}

/** Own calendars for those who may write (not subscribers); anyone's for admins. */
function assertMayAddTo(actor: Actor, ownerId: string): void {
  if (ownerId === actor.userId ? canCreateOwnSchedules(actor) : canWriteSchedule(actor, { ownerId })) return;
  throw actor.role === "SUBSCRIBER"
    ? new ForbiddenError("Subscriber accounts are read-only.", "subscriberReadOnly")
    : new ForbiddenError("You may not add to that calendar.", "calendarNotYours");
}

/** Loads a schedule the actor may read; anything else is NOT_FOUND, revealing nothing. */
async function readable<T extends { ownerId: string }>(db: Database, actor: Actor, id: string, load: (id: string) => Promise<T | null>): Promise<T> {
  const schedule = found(await load(id), NOT_FOUND, "scheduleNotFound");
  const subscribed = actor.userId !== schedule.ownerId && actor.role === "SUBSCRIBER" && (await db.subscriptions.isSubscribed(actor.userId, schedule.ownerId));
  if (!canReadSchedule(actor, { ownerId: schedule.ownerId, actorSubscribedToOwner: subscribed })) throw new NotFoundError(NOT_FOUND, "scheduleNotFound");
  return schedule;
}

/** Readable and writable; readable but read-only is FORBIDDEN (its existence is no secret then). */
async function writable(db: Database, actor: Actor, id: string): Promise<ScheduleForChange> {
  const schedule = await readable(db, actor, id, (key) => db.schedules.findForChange(key));
  if (!canWriteSchedule(actor, schedule)) throw new ForbiddenError("This calendar is read-only for you.", "scheduleReadOnly");
  return schedule;
}
