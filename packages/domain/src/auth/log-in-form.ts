import { hasControlCharacter, plainTextIssue } from "../shared/text";
import type { LogInValues } from "./log-in";
import { SECOND_FACTOR_CODE_MESSAGE, parseSecondFactorCode } from "./second-factor-code";

// The log-in rules, for both sides: log-in.ts builds the server's zod/mini
// schema from these limits and messages, and the log-in form checks its three
// text fields with checkLogInForm, which needs no zod at all (zod/mini alone is
// ~15 kB gzipped on the page most people load first). A test in
// log-in-form.test.ts holds the two to the same outcome for every input.

export const LOG_IN_LIMITS = { loginMax: 254, passwordMax: 1024, codeMax: 32 } as const;
export const LOGIN_REQUIRED = "Enter your username or email.";
export const PASSWORD_REQUIRED = "Enter your password.";
export const LOGIN_CONTROL_CHARACTERS = plainTextIssue("The username or email");

/** What the form types into its fields (an empty code field is no code). */
export type LogInForm = { login: string; password: string; code: string };

/** A problem with one field, shaped like zod's issue (what the web's issueMessage reads). */
export type LogInIssue = {
  code: "too_small" | "too_big" | "custom";
  path: [keyof LogInForm];
  message: string;
  minimum?: number;
  maximum?: number;
  params?: Record<string, unknown>;
};

/** A text field's length rule, as zod reports it: too short, then too long, then `rest`. */
function checkText(field: keyof LogInForm, value: string, max: number, message: string, rest?: (value: string) => LogInIssue | null): LogInIssue | null {
  if (value.length < 1) return { code: "too_small", path: [field], message, minimum: 1 };
  if (value.length > max) return { code: "too_big", path: [field], message, maximum: max };
  return rest?.(value) ?? null;
}

/**
 * The form's fields as logInInput reads them: the values it gives, or the
 * first issue of each field that breaks a rule (in the order login, password, code).
 */
export function checkLogInForm(form: LogInForm): { values: LogInValues; issues: null } | { values: null; issues: LogInIssue[] } {
  const login = form.login.trim();
  const code = form.code === "" ? undefined : form.code.trim();
  const issues = [
    checkText("login", login, LOG_IN_LIMITS.loginMax, LOGIN_REQUIRED, (value) =>
      hasControlCharacter(value) ? { code: "custom", path: ["login"], message: LOGIN_CONTROL_CHARACTERS.message, params: LOGIN_CONTROL_CHARACTERS.params } : null,
    ),
    checkText("password", form.password, LOG_IN_LIMITS.passwordMax, PASSWORD_REQUIRED),
    code === undefined
      ? null
      : checkText("code", code, LOG_IN_LIMITS.codeMax, SECOND_FACTOR_CODE_MESSAGE, (value) =>
          parseSecondFactorCode(value) === null ? { code: "custom", path: ["code"], message: SECOND_FACTOR_CODE_MESSAGE } : null,
        ),
  ].filter((issue) => issue !== null);
  if (issues.length > 0) return { values: null, issues };
  return { values: { login, password: form.password, ...(code === undefined ? {} : { code }) }, issues: null };
}
