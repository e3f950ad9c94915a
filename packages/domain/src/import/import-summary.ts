import { dateOf } from "../schedule/local-dates";
import { lastOccurrenceEnd, REPEATS_FOREVER } from "../schedule/occurrences";
import type { ImportItem } from "./import-item";
import type { ImportNote, ImportSkipReason } from "./import-notes";
import { localDate } from "./import-plan";

/** How many of each kind of note the preview lists by name; the counts cover all. */
export const IMPORT_EXAMPLES = 5;
export const IMPORT_SKIPPED_LISTED = 50;

/** The preview of a file: what the import will write and what it changes on the way (the page words it). */
export type ImportSummary = {
  /** VEVENTs in the file. */
  events: number;
  /** Schedules to write: one per event, one per occurrence of an expanded rule. */
  schedules: number;
  repeating: number;
  allDay: number;
  /** Schedules over more than one day. */
  multiDay: number;
  /** Moved or changed occurrences of repeating schedules (rows of their own). */
  movedOccurrences: number;
  /** Deleted occurrences of repeating schedules. */
  deletedOccurrences: number;
  /** The owner's local dates of the first start and of the last end; null when nothing is imported. */
  firstDate: string | null;
  lastDate: string | null;
  /** Repeating schedules without an end (lastDate counts their first occurrence). */
  endless: number;
  offGrid: { count: number; examples: Extract<ImportNote, { kind: "offGrid" }>[] };
  shortened: { titles: number; memos: number; examples: string[] };
  expanded: { events: number; occurrences: number; examples: Extract<ImportNote, { kind: "expanded" }>[] };
  skipped: { count: number; byReason: Partial<Record<ImportSkipReason, number>>; listed: Extract<ImportNote, { kind: "skipped" }>[] };
  remindersDropped: number;
  /** To-dos, journal entries and other components that are not events. */
  otherComponents: number;
};

/** What the summary counts of one item: computed a slice at a time beside the planning (repeating items walk their rule). */
export type ItemFacts = {
  repeating: boolean;
  endless: boolean;
  allDay: boolean;
  multiDay: boolean;
  moved: number;
  deleted: number;
  /** The owner's local dates of its first start and its last end (a series' last occurrence's; an endless one's first). */
  firstDate: string;
  lastDate: string;
};

export function itemFacts(item: ImportItem, ownerTimeZone: string): ItemFacts {
  const zone = item.allDay ? "UTC" : ownerTimeZone;
  let end = item.endAt;
  let endless = false;
  if (item.recurrence) {
    const repeatsUntil = lastOccurrenceEnd({ ...item, recurrence: item.recurrence, timeZone: item.timeZone ?? ownerTimeZone });
    if (repeatsUntil && repeatsUntil.getTime() !== REPEATS_FOREVER.getTime()) end = repeatsUntil;
    else endless = true;
  }
  const firstDate = localDate(item.startAt, zone);
  const firstEnd = item.allDay ? dateOf(new Date(item.endAt.getTime() - 1)) : localDate(new Date(item.endAt.getTime() - 1), zone);
  return {
    repeating: item.recurrence !== null,
    endless,
    allDay: item.allDay,
    multiDay: firstEnd !== firstDate,
    moved: item.overrides.length,
    deleted: item.exceptions.length,
    firstDate,
    lastDate: localDate(new Date(end.getTime() - 1), zone),
  };
}

export function summarizeImport(facts: readonly ItemFacts[], notes: readonly ImportNote[], counts: { events: number; otherComponents: number }): ImportSummary {
  const summary: ImportSummary = {
    events: counts.events,
    schedules: facts.length,
    repeating: 0,
    allDay: 0,
    multiDay: 0,
    movedOccurrences: 0,
    deletedOccurrences: 0,
    firstDate: null,
    lastDate: null,
    endless: 0,
    offGrid: { count: 0, examples: [] },
    shortened: { titles: 0, memos: 0, examples: [] },
    expanded: { events: 0, occurrences: 0, examples: [] },
    skipped: { count: 0, byReason: {}, listed: [] },
    remindersDropped: 0,
    otherComponents: counts.otherComponents,
  };
  for (const fact of facts) {
    if (fact.repeating) summary.repeating += 1;
    if (fact.endless) summary.endless += 1;
    if (fact.allDay) summary.allDay += 1;
    if (fact.multiDay) summary.multiDay += 1;
    summary.movedOccurrences += fact.moved;
    summary.deletedOccurrences += fact.deleted;
    if (summary.firstDate === null || fact.firstDate < summary.firstDate) summary.firstDate = fact.firstDate;
    if (summary.lastDate === null || fact.lastDate > summary.lastDate) summary.lastDate = fact.lastDate;
  }

  for (const note of notes) {
    switch (note.kind) {
      case "offGrid":
        summary.offGrid.count += 1;
        if (summary.offGrid.examples.length < IMPORT_EXAMPLES) summary.offGrid.examples.push(note);
        break;
      case "shortened":
        summary.shortened[note.field === "title" ? "titles" : "memos"] += 1;
        if (summary.shortened.examples.length < IMPORT_EXAMPLES && !summary.shortened.examples.includes(note.title)) summary.shortened.examples.push(note.title);
        break;
      case "expanded":
        summary.expanded.events += 1;
        summary.expanded.occurrences += note.occurrences;
        if (summary.expanded.examples.length < IMPORT_EXAMPLES) summary.expanded.examples.push(note);
        break;
      case "skipped":
        summary.skipped.count += 1;
        summary.skipped.byReason[note.reason] = (summary.skipped.byReason[note.reason] ?? 0) + 1;
        if (summary.skipped.listed.length < IMPORT_SKIPPED_LISTED) summary.skipped.listed.push(note);
        break;
      case "remindersDropped":
        summary.remindersDropped += note.count;
        break;
    }
  }
  return summary;
}
