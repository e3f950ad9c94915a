import { shiftDate } from "~/features/schedule/zoned-time";

// How the dated views are cut into sections. Today: the overdue todos, then
// today's. Upcoming: one section per day of the next fourteen; a run of days
// with nothing on them is one quiet line ("Wed 9 – Fri 11 Dec: nothing
// planned"), as far as the pages loaded so far can tell.

export const UPCOMING_DAYS = 14;

type Dated = { dueOn: string | null; overdue: boolean };

export type TodaySections<T> = { overdue: T[]; today: T[] };

export function todaySections<T extends Dated>(items: readonly T[]): TodaySections<T> {
  return { overdue: items.filter((item) => item.overdue), today: items.filter((item) => !item.overdue) };
}

export type UpcomingSection<T> = { kind: "day"; date: string; items: T[] } | { kind: "quiet"; from: string; to: string };

/**
 * The fourteen days from `today`. Days past the last loaded todo are only
 * known to be empty once every page is in (`complete`); until then the list
 * ends at the last loaded day and "Load more" follows.
 */
export function upcomingSections<T extends Dated>(items: readonly T[], today: string, complete: boolean): UpcomingSection<T>[] {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    if (!item.dueOn) continue;
    const list = byDay.get(item.dueOn);
    if (list) list.push(item);
    else byDay.set(item.dueOn, [item]);
  }
  const lastLoaded = [...byDay.keys()].sort().at(-1);
  const lastDay = complete ? shiftDate(today, "days", UPCOMING_DAYS - 1) : lastLoaded;
  if (!lastDay) return [];
  const sections: UpcomingSection<T>[] = [];
  for (let day = today; day <= lastDay; day = shiftDate(day, "days", 1)) {
    const dayItems = byDay.get(day);
    if (dayItems) {
      sections.push({ kind: "day", date: day, items: dayItems });
      continue;
    }
    const previous = sections.at(-1);
    if (previous?.kind === "quiet") previous.to = day;
    else sections.push({ kind: "quiet", from: day, to: day });
  }
  return sections;
}
