import { PASSWORD_MAX_BYTES, isInputIssueKind, type InputIssueKind } from "@planner/domain";
import { activeLanguage, hasMessage, tr } from "~/i18n/translator";

// The domain's zod schemas speak English (to API callers, too). A form shows
// each issue in the page's language instead: by the field it is about and
// what kind of problem it is (messages: validation.<field>.<kind>, with the
// schema's limits as ICU arguments). English keeps the schema's own sentence.
// A refinement that zod can only call "custom" names its kind in
// `params.kind` (the domain's INPUT_ISSUE_KINDS, e.g. controlCharacters).

type Issue = { code: string; path: readonly PropertyKey[]; message: string; minimum?: unknown; maximum?: unknown; params?: Record<string, unknown> };

type IssueKind = "required" | "tooShort" | "tooLong" | "invalid" | InputIssueKind;

function kindOf({ code, params }: Issue): IssueKind {
  if (isInputIssueKind(params?.kind)) return params.kind;
  if (code === "invalid_type") return "required";
  if (code === "too_small") return "tooShort";
  if (code === "too_big") return "tooLong";
  return "invalid";
}

const asNumber = (value: unknown) => (typeof value === "number" || typeof value === "bigint" ? Number(value) : 0);

/** A domain rule's problem (e.g. a time slot's), by its error code. */
export function problemMessage(problem: { code: string; message: string; params: Record<string, string | number> }): string {
  const key = `errors.${problem.code}`;
  return hasMessage(key) ? tr(key, problem.params) : problem.message;
}

export function issueMessage(issue: Issue): string {
  // A form's own check (not a domain rule) words its issue in the page's language already.
  if (activeLanguage() === "en" || issue.params?.localized === true) return issue.message;
  // A domain rule run as a refinement names its error code.
  const errorCode = issue.params?.errorCode;
  if (typeof errorCode === "string") {
    const { errorCode: _code, ...params } = issue.params ?? {};
    return problemMessage({ code: errorCode, message: issue.message, params: params as Record<string, string | number> });
  }
  const kind = kindOf(issue);
  const values = { minimum: asNumber(issue.minimum), maximum: asNumber(issue.maximum), maxBytes: PASSWORD_MAX_BYTES };
  const field = issue.path[0];
  const specific = typeof field === "string" ? `validation.${field}.${kind}` : undefined;
  return tr(specific && hasMessage(specific) ? specific : `validation.${kind}`, values);
}
