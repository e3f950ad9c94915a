import type { z } from "zod";
import type { InputIssueKind } from "./input-issues";

// Text people type is stored and shown again, so it may not carry control
// characters: PostgreSQL refuses a NUL byte in text outright (the request
// would fail as a server error), and the others (escape, bell, backspace, …)
// only ever arrive to disguise or break what is displayed.

/** Unicode's control characters (C0, DEL and C1). */
const CONTROL_CHARACTER = /\p{Cc}/u;
/** What a multi-line field may keep: line breaks (also as CR LF, from Windows clients) and tabs. */
const LINE_BREAK_OR_TAB = /\r\n|[\n\t]/g;

export function hasControlCharacter(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

const controlCharacters = { params: { kind: "controlCharacters" satisfies InputIssueKind } };

/**
 * A single-line field (a title, a name, a search): no control character at
 * all, tab and line break included. `label` names the field in the message:
 * "The title".
 */
export function plainText<Schema extends z.ZodString>(schema: Schema, label: string): Schema {
  return schema.refine((value) => !hasControlCharacter(value), plainTextIssue(label));
}

/** The issue plainText reports (also for the zod/mini schemas of the log-in form). */
export function plainTextIssue(label: string) {
  return { ...controlCharacters, message: `${label} cannot contain tabs, line breaks or other control characters.` };
}

/** A multi-line field (a memo): line breaks and tabs are fine, other control characters are not. */
export function multilineText<Schema extends z.ZodString>(schema: Schema, label: string): Schema {
  return schema.refine((value) => !hasControlCharacter(value.replace(LINE_BREAK_OR_TAB, "")), {
    ...controlCharacters,
    message: `${label} cannot contain control characters other than line breaks and tabs.`,
  });
}
