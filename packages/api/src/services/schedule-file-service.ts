import type { Database } from "@planner/db";
import type { Actor, ScheduleIdValues } from "@planner/domain";
import { renderCalendar } from "../calendar/ical-calendar";
import { scheduleById } from "./schedule-service";

/** A schedule as an .ics file to open in another calendar app. */
export type ScheduleCalendarFile = { fileName: string; content: string };

const MAX_NAME_LENGTH = 80;

/**
 * "Add to my calendar (.ics)": a one-off as itself; an occurrence of a
 * repeating schedule (changed or not) as the whole series, with its deleted
 * and changed occurrences, so that the other app repeats it too. The same
 * UIDs as the feed's. Whoever may read the schedule may have it (the owner,
 * a subscriber to its calendar, an admin); for anyone else it does not exist.
 */
export async function scheduleCalendarFile(db: Database, actor: Actor, input: ScheduleIdValues): Promise<ScheduleCalendarFile> {
  const schedule = await scheduleById(db, actor, input);
  const rows = await db.schedules.findSeriesRows(schedule.seriesId ?? schedule.id);
  const ownerZones = await db.users.timeZonesOf([schedule.ownerId]);
  const content = renderCalendar(rows, { name: schedule.title, readerId: actor.userId, ownerZones, publish: true });
  return { fileName: `${fileNameOf(schedule.title)}.ics`, content };
}

/** The title as a file name: without the characters file systems refuse, never empty. */
function fileNameOf(title: string): string {
  const name = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .replace(/^\.+/, "");
  return name || "schedule";
}
