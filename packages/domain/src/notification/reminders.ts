/** Reminders go out this long before a schedule starts. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * When to remind about a schedule, or null for no reminder: only planned
 * (OPEN) schedules that start more than 24 hours from now are reminded, 24
 * hours before they start.
 */
export function reminderTimeFor(schedule: { startAt: Date; status: "OPEN" | "CLOSED" }, now: Date): Date | null {
  if (schedule.status !== "OPEN") return null;
  if (schedule.startAt.getTime() - now.getTime() <= REMINDER_LEAD_MS) return null;
  return new Date(schedule.startAt.getTime() - REMINDER_LEAD_MS);
}

/**
 * Whether a reminder that has fallen due is still worth delivering. Late is
 * fine (the app was down), too late is not: once the schedule has started its
 * reminder is dropped, as is any for a schedule that is done.
 */
export function shouldDeliverReminder(schedule: { startAt: Date; status: "OPEN" | "CLOSED" }, now: Date): boolean {
  return schedule.status === "OPEN" && schedule.startAt.getTime() > now.getTime();
}

/**
 * One reminder per schedule and start time: the unique key that makes
 * delivery exactly-once. A schedule moved after its reminder went out gets a
 * new one for the new time.
 */
export function reminderDedupeKey(scheduleId: string, startAt: Date): string {
  return `reminder:${scheduleId}:${startAt.toISOString()}`;
}

// Building an Intl.DateTimeFormat costs far more than using one; the worker
// formats thousands of reminders per second, in a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The notification's sentence, in the recipient's own time zone. */
export function reminderText(schedule: { title: string; startAt: Date }, timeZone: string): string {
  return `Reminder: “${schedule.title}” starts ${formatterFor(timeZone).format(schedule.startAt)}.`;
}
