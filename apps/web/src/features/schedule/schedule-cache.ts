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
      return schedules.filter((schedule) => schedule.id !== change.schedule.id);
    case "changed":
      return overlaps(change.after, window)
        ? insertInOrder(schedules, change.after)
        : schedules.filter((schedule) => schedule.id !== change.before.id);
  }
}

function comesBefore(a: Schedule, b: Schedule): boolean {
  const at = a.startAt.getTime();
  const bt = b.startAt.getTime();
  return at < bt || (at === bt && a.id < b.id);
}

function insertInOrder(schedules: Schedule[], schedule: Schedule): Schedule[] {
  const rest = schedules.filter((item) => item.id !== schedule.id);
  const at = rest.findIndex((item) => comesBefore(schedule, item));
  return at < 0 ? [...rest, schedule] : [...rest.slice(0, at), schedule, ...rest.slice(at)];
}
