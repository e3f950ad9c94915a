import { SCHEDULE_MEMO_MAX, SCHEDULE_TITLE_MAX } from "../schedule/schemas";

/**
 * A file's SUMMARY and DESCRIPTION as the app's title and memo: control
 * characters out (a title is one line), surrounding space trimmed, and text
 * longer than the app keeps cut with "…" (the preview says which).
 */

const CONTROL = /\p{Cc}+/gu;
const CONTROL_BUT_LINE_BREAK_OR_TAB = /[^\P{Cc}\n\t]/gu;

export type ImportedText = { text: string; shortened: boolean };

export function importedTitle(summary: string, untitled: string): ImportedText {
  const text = summary.replace(CONTROL, " ").replace(/ {2,}/g, " ").trim();
  return shorten(text || untitled, SCHEDULE_TITLE_MAX);
}

export function importedMemo(description: string): ImportedText {
  return shorten(description.replace(/\r\n?/g, "\n").replace(CONTROL_BUT_LINE_BREAK_OR_TAB, "").trim(), SCHEDULE_MEMO_MAX);
}

/** Cut to `max` characters (UTF-16 units, as the schemas count) with "…", never inside a surrogate pair. */
function shorten(text: string, max: number): ImportedText {
  if (text.length <= max) return { text, shortened: false };
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return { text: `${text.slice(0, cut).trimEnd()}…`, shortened: true };
}
