// A Google Calendar–style export of `count` events for the import benchmark:
// timed events over two years (one in twenty off the half-hour grid), all-day
// ones (some over several days), and one in ten repeating weekly with a deleted
// and (every third) a moved occurrence; most with a reminder.

const ZONE = "America/New_York";
const pad = (value: number) => String(value).padStart(2, "0");
const local = (date: Date) => `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}00`;
const day = (date: Date) => local(date).slice(0, 8);

export function generateCalendar(count: number): string {
  const lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-TIMEZONE:${ZONE}`];
  const start = Date.UTC(2027, 0, 4, 9, 0);
  for (let n = 0; n < count; n += 1) {
    // Wall-clock times in New York, written as UTC fields; about 14 events a day.
    const at = new Date(start + Math.floor(n / 14) * 86_400_000 + (n % 14) * 3_600_000 * 0.75);
    const common = [`DTSTAMP:20261206T120000Z`, `UID:bench-${n}@google.com`, `SUMMARY:Event ${n}`, `DESCRIPTION:Generated event number ${n}\\, for the import benchmark.`, "STATUS:CONFIRMED", "SEQUENCE:0"];
    const alarm = n % 3 === 0 ? [] : ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P0DT0H10M0S", "END:VALARM"];
    if (n % 10 === 5) {
      const days = 1 + (n % 3);
      lines.push("BEGIN:VEVENT", `DTSTART;VALUE=DATE:${day(at)}`, `DTEND;VALUE=DATE:${day(new Date(at.getTime() + days * 86_400_000))}`, ...common, "END:VEVENT");
      continue;
    }
    const minute = n % 20 === 7 ? 10 : 0;
    const begins = new Date(at.getTime() - (at.getUTCMinutes() % 30) * 60_000 + minute * 60_000);
    const ends = new Date(begins.getTime() + 3_600_000);
    lines.push("BEGIN:VEVENT", `DTSTART;TZID=${ZONE}:${local(begins)}`, `DTEND;TZID=${ZONE}:${local(ends)}`);
    if (n % 10 === 0) {
      lines.push("RRULE:FREQ=WEEKLY;WKST=SU;COUNT=12", `EXDATE;TZID=${ZONE}:${local(new Date(begins.getTime() + 7 * 86_400_000))}`);
    }
    lines.push(...common, ...alarm, "END:VEVENT");
    if (n % 30 === 0) {
      const original = new Date(begins.getTime() + 14 * 86_400_000);
      lines.push(
        "BEGIN:VEVENT",
        `DTSTART;TZID=${ZONE}:${local(new Date(original.getTime() + 7_200_000))}`,
        `DTEND;TZID=${ZONE}:${local(new Date(original.getTime() + 10_800_000))}`,
        `RECURRENCE-ID;TZID=${ZONE}:${local(original)}`,
        "DTSTAMP:20261206T120000Z",
        `UID:bench-${n}@google.com`,
        `SUMMARY:Event ${n} (moved)`,
        "SEQUENCE:1",
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}
