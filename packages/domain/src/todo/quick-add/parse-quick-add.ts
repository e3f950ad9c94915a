import { WEEK_START_BY_LOCALE } from "../../schedule/week-start";
import { readDue, type Span } from "./due-date";
import { scanTokens } from "./tokens";
import type { QuickAddOptions, QuickAddResult } from "./types";

/**
 * Reads a todo typed in plain language, English or Korean: "tomorrow 3pm call mom p1 #home @phone",
 * "내일 오후 3시 보고서 제출 p1 #업무". Pure: the same text, options and `now` give the same result
 * on any machine, in any zone.
 *
 * - p1..p4 (a word of its own) is the priority; the first "#name" the project; every "@name" a label.
 *   A name runs to the next space, or is the longest existing name there ("#Home Renovation").
 * - The first date and/or time is the due, in `timeZone`; a bare number is never one ("call 3 people").
 * - `contents` is the text without the recognised parts, spaces collapsed. When nothing else is left,
 *   the date stays the contents ("tomorrow" is a todo called "tomorrow", due tomorrow); when only
 *   names and a priority were typed, contents is empty and the form asks for words.
 */
export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddResult {
  const tokens = scanTokens(text, options.projects, options.labels);
  const masked = blank(text, tokens.parts);
  const due = readDue(masked, {
    now: options.now,
    timeZone: options.timeZone,
    locale: options.locale,
    weekStart: options.weekStart ?? WEEK_START_BY_LOCALE[options.locale],
  });

  const parts = [...tokens.parts, ...due.parts.map((part) => ({ ...part, text: text.slice(part.start, part.end) }))].sort(
    (a, b) => a.start - b.start,
  );
  const contents = collapse(blank(text, [...tokens.parts, ...due.removals])) || collapse(blank(text, tokens.parts));
  return {
    contents,
    ...(due.dueOn ? { dueOn: due.dueOn } : {}),
    ...(due.dueTime ? { dueTime: due.dueTime } : {}),
    ...(tokens.priority ? { priority: tokens.priority } : {}),
    ...(tokens.projectName ? { projectName: tokens.projectName } : {}),
    labelNames: tokens.labelNames,
    parts,
  };
}

/** The text with the spans replaced by spaces: indices stay those of the original. */
function blank(text: string, spans: readonly Span[]): string {
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + " ".repeat(span.end - span.start) + result.slice(span.end);
  return result;
}

/** Spaces collapsed, and the commas a removed part leaves at either end ("buy milk, tomorrow"). */
function collapse(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .replace(/\s+([,;])/gu, "$1")
    .replace(/^[\s,;:]+|[\s,;:]+$/gu, "");
}
