import type { Actor } from "../user/role";

/** What a policy needs to know about a schedule. */
export type ScheduleAccessFacts = {
  ownerId: string;
  /** Whether the actor holds a subscription to the owner's calendar. */
  actorSubscribedToOwner: boolean;
};

/** Owners read their own; admins read all; subscribers read calendars shared with them. */
export function canReadSchedule(actor: Actor, schedule: ScheduleAccessFacts): boolean {
  return actor.userId === schedule.ownerId || actor.role === "ADMIN" || schedule.actorSubscribedToOwner;
}

/**
 * Owners write their own unless they are subscriber accounts (whose own
 * calendar is read-only); admins write anyone's (through the admin routers).
 */
export function canWriteSchedule(actor: Actor, schedule: Pick<ScheduleAccessFacts, "ownerId">): boolean {
  if (actor.role === "ADMIN") return true;
  return actor.role === "USER" && actor.userId === schedule.ownerId;
}

export function canCreateOwnSchedules(actor: Actor): boolean {
  return actor.role === "USER" || actor.role === "ADMIN";
}
