import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";

/**
 * Every occurrence an iCalendar file has in a window, as a calendar app would
 * read it, by two parsers that share no code with ours or each other:
 * ical.js (Mozilla's, as Thunderbird uses) and Debian's python3-icalendar with
 * python3-dateutil (ics_occurrences.py). Timed occurrences as UTC instants
 * ("2026-03-03T14:30:00Z"), all-day ones as dates (end exclusive).
 */
export type IcsOccurrence = { uid: string; summary: string; start: string; end: string };

const PYTHON = "/usr/bin/python3";
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "ics_occurrences.py");

export function byStart(occurrences: IcsOccurrence[]): IcsOccurrence[] {
  return [...occurrences].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid) || a.end.localeCompare(b.end));
}

export function occurrencesByPython(ics: string, window: { from: Date; to: Date }): IcsOccurrence[] {
  const dir = mkdtempSync(path.join(tmpdir(), "ics-"));
  try {
    const file = path.join(dir, "feed.ics");
    writeFileSync(file, ics);
    const out = execFileSync(PYTHON, [SCRIPT, file, window.from.toISOString(), window.to.toISOString()], { encoding: "utf8" });
    return byStart(JSON.parse(out) as IcsOccurrence[]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function outOf(time: ICAL.Time): string {
  return time.isDate ? time.toString() : time.toJSDate().toISOString().replace(".000", "");
}

export function occurrencesByIcalJs(ics: string, window: { from: Date; to: Date }): IcsOccurrence[] {
  // ical.js types its parse() as any: one calendar text gives one component.
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const components = root.getAllSubcomponents("vevent");
  const masters = components.filter((component) => !component.hasProperty("recurrence-id")).map((component) => new ICAL.Event(component));
  for (const component of components.filter((c) => c.hasProperty("recurrence-id"))) {
    const change = new ICAL.Event(component);
    masters.find((master) => master.uid === change.uid)?.relateException(change);
  }
  // Far enough past the window that an occurrence moved into it from later is met.
  const stop = ICAL.Time.fromJSDate(new Date(window.to.getTime() + 400 * 86_400_000), true);
  const occurrences: IcsOccurrence[] = [];
  const keep = (start: ICAL.Time, end: ICAL.Time, summary: string, uid: string) => {
    const overlaps = start.isDate
      ? start.toString() < window.to.toISOString().slice(0, 10) && end.toString() > window.from.toISOString().slice(0, 10)
      : start.toJSDate() < window.to && end.toJSDate() > window.from;
    if (overlaps) occurrences.push({ uid, summary, start: outOf(start), end: outOf(end) });
  };
  for (const event of masters) {
    if (!event.isRecurring()) {
      keep(event.startDate, event.endDate, event.summary, event.uid);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(stop) < 0; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      keep(details.startDate, details.endDate, details.item.summary, event.uid);
    }
  }
  return byStart(occurrences);
}
