import { errorMessage, serverFieldErrors } from "~/trpc/errors";
import { issueMessage } from "./issue-messages";

// The one way errors reach a form, whether its own check (the server's zod
// schema, run before sending) or the server refused: the first message of
// each field at that field, anything else as one sentence.

/** Where errors may be shown. The form-level sentence can as well be a toast. */
export type FormErrorsUi<Field extends string> = {
  setFieldError: (field: Field, message: string) => void;
  setFormError: (message: string) => void;
};

type Issue = { code: string; path: PropertyKey[]; message: string; minimum?: unknown; maximum?: unknown };

/** A failed parse: the first issue of each of `fields`; if none is about them, the first issue as the form's sentence. */
export function showIssues<Field extends string>(issues: readonly Issue[], fields: readonly Field[], ui: FormErrorsUi<Field>) {
  const messages = new Map<Field, string>();
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field && !messages.has(field)) messages.set(field, issueMessage(issue));
  }
  showFieldMessages(messages, fields, issues[0] && issueMessage(issues[0]), ui);
}

/**
 * A refused or failed call: the server's first message for each of `fields`.
 * If it named none of them, one sentence: its message for a field this form
 * does not have (the error's own message may only sum the fields up), else
 * the error's message, or the notice that the server could not be reached.
 */
export function showRefusal<Field extends string>(error: unknown, fields: readonly Field[], ui: FormErrorsUi<Field>) {
  const fieldErrors = serverFieldErrors(error);
  const messages = new Map<Field, string>();
  for (const field of fields) {
    const message = fieldErrors[field]?.[0];
    if (message) messages.set(field, message);
  }
  const elsewhere = Object.values(fieldErrors).find((list) => list?.[0])?.[0];
  showFieldMessages(messages, fields, elsewhere ?? errorMessage(error), ui);
}

function showFieldMessages<Field extends string>(
  messages: Map<Field, string>,
  fields: readonly Field[],
  otherwise: string | undefined,
  ui: FormErrorsUi<Field>,
) {
  // In the order of `fields` (the form's own), whatever order the server named them in.
  for (const field of fields) {
    const message = messages.get(field);
    if (message) ui.setFieldError(field, message);
  }
  if (messages.size === 0 && otherwise) ui.setFormError(otherwise);
}
