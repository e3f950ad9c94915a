import { overlaps, type DateRange } from "@planner/domain";
import type { Schedule } from "./types";

// Pure edits of a cached calendar window (`schedule.range` or
// `admin.schedules.range`), for optimistic updates. Every edit is a change
// that can be inverted, so a refused one is rolled back without undoing other
// edits made while it was on its way.

export type ScheduleChange =
  | { kind: "added"; schedule: Schedule }
  | { kind: "removed"; schedule: Schedule }
  | { kind: "changed"; before: Schedule; after: Schedule };

/**
 * Which shown item a schedule is: the occurrences of a repeating schedule
 * share its id, so each is told apart by the start it has in its series.
 */
export function scheduleKey(schedule: Pick<Schedule, "id" | "occurrenceStartAt">): string {
  return `${schedule.id}:${schedule.occurrenceStartAt?.toISOString() ?? ""}`;
}

export function invertScheduleChange(change: ScheduleChange): ScheduleChange {
  switch (change.kind) {
    case "added":
      return { kind: "removed", schedule: change.schedule };
    case "removed":
      return { kind: "added", schedule: change.schedule };
    case "changed":
      return { kind: "changed", before: change.after, after: change.before };
  }
}

/** The window's schedules after the change: in it only while they overlap it, in the server's order. */
export function applyScheduleChange(schedules: Schedule[], window: DateRange, change: ScheduleChange): Schedule[] {
  switch (change.kind) {
    case "added":
      return overlaps(change.schedule, window) ? insertInOrder(schedules, change.schedule) : schedules;
    case "removed":
      return withoutKey(schedules, scheduleKey(change.schedule));
    case "changed": {
      // The server's version of an occurrence may come back under a key of its own (one changed out of its series).
      const rest = withoutKey(schedules, scheduleKey(change.before));
      return overlaps(change.after, window) ? insertInOrder(rest, change.after) : rest;
    }
  }
}

function withoutKey(schedules: Schedule[], key: string): Schedule[] {
  return schedules.filter((schedule) => scheduleKey(schedule) !== key);
}

function comesBefore(a: Schedule, b: Schedule): boolean {
  const at = a.startAt.getTime();
  const bt = b.startAt.getTime();
  return at < bt || (at === bt && scheduleKey(a) < scheduleKey(b));
}

function insertInOrder(schedules: Schedule[], schedule: Schedule): Schedule[] {
  const rest = withoutKey(schedules, scheduleKey(schedule));
  const at = rest.findIndex((item) => comesBefore(schedule, item));
  return at < 0 ? [...rest, schedule] : [...rest.slice(0, at), schedule, ...rest.slice(at)];
}
