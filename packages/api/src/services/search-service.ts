import type { Database, Schedule, TodoSearchHit } from "@planner/db";
import { scheduleFields, type ScheduleFields } from "./schedule-view";
import { NotFoundError, SEARCH_RESULT_LIMIT, dayRange, groupByStartDate, type Actor, type DayGroup, type SearchValues } from "@planner/domain";

export type SearchDay = { date: string; schedules: ScheduleFields[] };

export type SearchResults = {
  query: string;
  timeZone: string;
  upcoming: SearchDay[];
  moreUpcoming: boolean;
  past: SearchDay[];
  morePast: boolean;
  todos: TodoSearchHit[];
  moreTodos: boolean;
};

/**
 * The caller's own schedules (title, memo) and todos (contents) holding the
 * query, schedules grouped by the day they start on in the caller's zone:
 * from today on first (nearest first), then the past (latest first), as one
 * looks for "the next one" before "the last one". Shared calendars are not
 * searched: the results link into the caller's own calendar and todos.
 */
export async function searchOwn(db: Database, actor: Actor, input: SearchValues, now: Date): Promise<SearchResults> {
  const timeZone = await db.users.timeZoneOf(actor.userId);
  if (!timeZone) throw new NotFoundError("That user", "userNotFound");
  const boundary = dayRange(now, timeZone).from;
  const limit = SEARCH_RESULT_LIMIT;
  const [upcoming, past, todos] = await Promise.all([
    db.schedules.searchForOwner(actor.userId, input.query, { boundary, direction: "upcoming", limit }),
    db.schedules.searchForOwner(actor.userId, input.query, { boundary, direction: "past", limit }),
    db.todos.searchForOwner(actor.userId, input.query, limit),
  ]);
  return {
    query: input.query,
    timeZone,
    upcoming: days(groupByStartDate(upcoming.items, timeZone)),
    moreUpcoming: upcoming.more,
    past: days(groupByStartDate(past.items, timeZone)),
    morePast: past.more,
    todos: todos.items,
    moreTodos: todos.more,
  };
}

function days(groups: DayGroup<Schedule>[]): SearchDay[] {
  return groups.map((group) => ({ date: group.date, schedules: group.items.map((schedule) => scheduleFields(schedule)) }));
}
