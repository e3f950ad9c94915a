import type { WeekStart } from "../../schedule/week-start";
import type { Locale } from "../../user/locale";

export type QuickAddPartKind = "date" | "time" | "priority" | "project" | "label";
export type QuickAddPriority = 1 | 2 | 3 | 4;

/** A recognised piece of the typed text: `text` is `original.slice(start, end)`, for highlighting. */
export interface QuickAddPart {
  kind: QuickAddPartKind;
  start: number;
  end: number;
  text: string;
}

export interface QuickAddNamed {
  id: string;
  name: string;
}

export interface QuickAddOptions {
  /** The instant the text is read at: "tomorrow" is the day after this one in `timeZone`. */
  now: Date;
  /** The owner's IANA time zone: dates and times are local to it. */
  timeZone: string;
  /** The UI language: which reading is tried first (both are always understood). */
  locale: Locale;
  /** The owner's projects and labels: "#name" and "@name" take their spelling, and may contain spaces. */
  projects: readonly QuickAddNamed[];
  labels: readonly QuickAddNamed[];
  /**
   * The first day of the owner's week (0 = Sunday), for "이번 주" / "다음 주": the weeks
   * their calendar shows. Defaults to the language's (Sunday in Korean, Monday in English).
   */
  weekStart?: WeekStart;
}

export interface QuickAddResult {
  /** The text with the recognised parts removed and spaces collapsed (see parseQuickAdd for the edge cases). */
  contents: string;
  /** The local date, YYYY-MM-DD. */
  dueOn?: string;
  /** The local time, HH:mm; only with dueOn. */
  dueTime?: string;
  priority?: QuickAddPriority;
  /** The project's name: an existing project's own spelling, or the typed name of one that does not exist yet. */
  projectName?: string;
  labelNames: string[];
  /** Every recognised part, in text order. */
  parts: QuickAddPart[];
}
