/** The largest file an import takes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The components of an iCalendar file, each as its own text. */
export type CalendarParts = {
  events: string[];
  timeZones: string[];
  /** To-dos, journal entries and the like: not events, left out. */
  otherComponents: number;
};

export type CalendarTextProblem = "notICalendar" | "noEvents";

const BEGIN = /^BEGIN:([A-Za-z0-9-]+)[ \t]*$/i;
const END = /^END:([A-Za-z0-9-]+)[ \t]*$/i;

/**
 * Cuts an iCalendar text into its events and time zones, each a text of its
 * own, so that ical.js parses one event at a time: a big file is then read in
 * slices with pauses between them (one ICAL.parse of a 5 MB file holds the
 * server for about 1.5 s), and one broken event does not spoil the others.
 * Only BEGIN:/END: lines are looked at: a folded line's continuation starts
 * with a space or a tab, so it never looks like one. Several calendars one
 * after another (some tools export so) are read as one.
 */
export function splitCalendar(text: string): CalendarParts | { problem: CalendarTextProblem } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0 || BEGIN.exec(lines[first]!.trim())?.[1]?.toUpperCase() !== "VCALENDAR") return { problem: "notICalendar" };

  const parts: CalendarParts = { events: [], timeZones: [], otherComponents: 0 };
  let component: { name: string; lines: string[]; depth: number } | null = null;
  for (let index = first; index < lines.length; index += 1) {
    const line = lines[index]!;
    const begin = BEGIN.exec(line)?.[1]?.toUpperCase();
    const end = begin ? undefined : END.exec(line)?.[1]?.toUpperCase();
    if (!component) {
      // Inside VCALENDAR: a component starts, or the calendar's own lines go by.
      if (begin && begin !== "VCALENDAR") component = { name: begin, lines: [line], depth: 1 };
      continue;
    }
    component.lines.push(line);
    if (begin) component.depth += 1;
    if (end) component.depth -= 1;
    if (component.depth === 0) {
      keep(parts, component.name, component.lines);
      component = null;
    }
  }
  // A file cut short: its last event goes to ical.js as it is, which says it cannot be read.
  if (component) keep(parts, component.name, component.lines);
  return parts.events.length === 0 ? { problem: "noEvents" } : parts;
}

function keep(parts: CalendarParts, name: string, lines: string[]): void {
  if (name === "VEVENT") parts.events.push(lines.join("\r\n"));
  else if (name === "VTIMEZONE") parts.timeZones.push(lines.join("\r\n"));
  else parts.otherComponents += 1;
}
