/**
 * What the preview tells about the file besides the counts: each note names
 * the event (its title as it will be) and, where it helps, its date (the
 * owner's local date, YYYY-MM-DD). The page words them in its language.
 */

/** Why an event of the file is not imported. */
export const IMPORT_SKIP_REASONS = [
  /** ical.js could not read it. */
  "unreadable",
  /** No UID: without one a second import could not find it again. */
  "noUid",
  "uidTooLong",
  "noStart",
  "endBeforeStart",
  /** Longer than the app's 14 days. */
  "tooLong",
  /** Outside 1900–2200. */
  "outOfRange",
  /** STATUS:CANCELLED. */
  "cancelled",
  /** The same UID (and RECURRENCE-ID) again: the newer copy is imported. */
  "duplicate",
  /** A repeat rule neither the app nor ical.js can follow (EXRULE, HOURLY, a rule ical.js refuses). */
  "unsupportedRepeat",
  /** A moved occurrence (RECURRENCE-ID) that is not one of its series' occurrences. */
  "notAnOccurrence",
] as const;
export type ImportSkipReason = (typeof IMPORT_SKIP_REASONS)[number];

export type ImportNote =
  /** Times moved onto the half-hour grid: the owner's local times before and after ("09:10–09:50"). */
  | { kind: "offGrid"; title: string; date: string; before: string; after: string }
  | { kind: "shortened"; title: string; field: "title" | "memo" }
  /**
   * A repeat rule the app cannot keep, imported as `occurrences` schedules of
   * their own; from/until (local dates) when only a window of an endless or long rule is.
   */
  | { kind: "expanded"; title: string; occurrences: number; from: string | null; until: string | null }
  | { kind: "skipped"; title: string; date: string | null; reason: ImportSkipReason }
  | { kind: "remindersDropped"; title: string; count: number };
