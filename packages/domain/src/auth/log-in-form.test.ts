import { describe, expect, it } from "vitest";
import { logInInput } from "./log-in";
import { checkLogInForm, type LogInForm } from "./log-in-form";

// The log-in form checks with checkLogInForm, the server parses with
// logInInput: for anything the form's fields can hold, both must accept the
// same values and name the same first problem of each field.

const forms: LogInForm[] = [
  { login: "ada", password: "pw", code: "" },
  { login: "  Ada@Example.com ", password: " secret ", code: "" },
  { login: "ada", password: "pw", code: "123 456" },
  { login: "ada", password: "pw", code: " abcde-fghjk " },
  { login: "ada", password: "pw", code: "12" },
  { login: "ada", password: "pw", code: "   " },
  { login: "ada", password: "pw", code: "x".repeat(33) },
  { login: " ", password: "", code: "" },
  { login: "", password: "", code: "1" },
  { login: "a\tb", password: "pw", code: "" },
  { login: "a\u0000b", password: "p\tw", code: "" },
  { login: "x".repeat(254), password: "p".repeat(1024), code: "" },
  { login: "x".repeat(255), password: "p".repeat(1025), code: "" },
  { login: `${"x".repeat(255)}\t`, password: "pw", code: "" },
];

/** What the form reads of a zod issue: the first one of each field. */
function firstOfEachField(issues: readonly { code: string; path: PropertyKey[]; message: string; minimum?: unknown; maximum?: unknown; params?: unknown }[]) {
  const seen = new Set<PropertyKey>();
  return issues
    .filter((issue) => !seen.has(issue.path[0]!) && seen.add(issue.path[0]!))
    .map(({ code, path, message, minimum, maximum, params }) => ({ code, path, message, minimum: minimum === undefined ? undefined : Number(minimum), maximum: maximum === undefined ? undefined : Number(maximum), params }));
}

describe("checkLogInForm", () => {
  it.each(forms.map((form) => [JSON.stringify(form).slice(0, 80), form] as const))("agrees with logInInput for %s", (_label, form) => {
    const server = logInInput.safeParse(form);
    const client = checkLogInForm(form);
    expect(client.values ?? undefined).toEqual(server.data);
    const expected = server.error ? firstOfEachField(server.error.issues) : null;
    expect(client.issues && firstOfEachField(client.issues)).toEqual(expected);
  });
});
