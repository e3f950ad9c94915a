import { TZDate } from "@date-fns/tz";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** The calendar date ("2026-11-23") an instant falls on in the zone. */
export function localDateIn(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

export type DayGroup<Item> = { date: string; items: Item[] };

/**
 * Items grouped by the date each starts on in the zone, groups in the order
 * their first item comes (the caller orders the items: upcoming ascending,
 * past descending), and within a day by start, as a day is read.
 */
export function groupByStartDate<Item extends { startAt: Date }>(items: readonly Item[], timeZone: string): DayGroup<Item>[] {
  const groups: DayGroup<Item>[] = [];
  const byDate = new Map<string, DayGroup<Item>>();
  for (const item of items) {
    const date = localDateIn(item.startAt, timeZone);
    let group = byDate.get(date);
    if (!group) {
      group = { date, items: [] };
      byDate.set(date, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  for (const group of groups) group.items.sort((a, b) => a.startAt.getTime() - b.startAt.getTime());
  return groups;
}
