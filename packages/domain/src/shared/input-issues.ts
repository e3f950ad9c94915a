/**
 * Kinds of input problem that the schemas name themselves, in the issue's
 * `params.kind`, where zod's own issue code ("custom") would not tell them
 * apart. They are stable: the web shows `validation.<field>.<kind>` (or
 * `validation.<kind>`) in the page's language, and a test checks that both
 * message files have a sentence for each.
 */
export const INPUT_ISSUE_KINDS = ["controlCharacters", "outOfRange"] as const;
export type InputIssueKind = (typeof INPUT_ISSUE_KINDS)[number];

export function isInputIssueKind(value: unknown): value is InputIssueKind {
  return (INPUT_ISSUE_KINDS as readonly unknown[]).includes(value);
}
