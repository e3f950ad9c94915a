"use client";

import { useRef, useState } from "react";
import { checkLogInForm, type LogInForm, type LogInValues } from "@planner/domain";
import { issueMessage } from "~/kit/issue-messages";

type Name = keyof LogInForm;
type Errors = Partial<Record<Name, string>>;

const FIELDS: readonly Name[] = ["login", "password", "code"];

/** The field errors the domain's log-in check finds, in the page's language. */
function errorsOf(form: LogInForm): Errors {
  const { issues } = checkLogInForm(form);
  return Object.fromEntries((issues ?? []).map((issue) => [issue.path[0], issueMessage(issue)]));
}

/**
 * The log-in form's three fields without a form library (it would be the
 * heaviest part of the page): the values, kept while a step's fields are not
 * shown; each field's error; the same check as the server's (checkLogInForm)
 * on submit, then again on every change once a submit was tried, focusing the
 * first field in error as a form library would.
 *
 * The inputs are uncontrolled and the shown fields are read at submit: what a
 * person typed, or a password manager filled in, before the page's script ran
 * is in the inputs but was never in React's state (controlled inputs lost it
 * at hydration, and the form then said "Enter your username").
 */
export function useLoginFields() {
  const [values, setValues] = useState<LogInForm>({ login: "", password: "", code: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [submitted, setSubmitted] = useState(false);
  const inputs = useRef<Partial<Record<Name, HTMLInputElement | null>>>({});

  const focus = (name: Name) => inputs.current[name]?.focus();

  /** What the form holds now: the shown inputs as they are, the rest as kept. */
  const shownValues = (): LogInForm => {
    const read = (name: Name) => inputs.current[name]?.value ?? values[name];
    return { login: read("login"), password: read("password"), code: read("code") };
  };

  /** The props of one field's <input>. */
  const field = (name: Name) => ({
    name,
    defaultValue: values[name],
    ref: (element: HTMLInputElement | null) => {
      inputs.current[name] = element;
    },
    // The inputs hold the values; once a submit was tried, each change re-checks its field.
    onChange: () => {
      if (submitted) setErrors((current) => ({ ...current, [name]: errorsOf(shownValues())[name] }));
    },
  });

  /** The values to send, or null after showing what is wrong. */
  const check = (): LogInValues | null => {
    setSubmitted(true);
    const shown = shownValues();
    setValues(shown);
    const result = checkLogInForm(shown);
    if (result.values) {
      setErrors({});
      return result.values;
    }
    const found = errorsOf(shown);
    setErrors(found);
    const first = FIELDS.find((name) => found[name] && inputs.current[name]);
    if (first) focus(first);
    return null;
  };

  /** An error the server named (a wrong code), at its field. */
  const setError = (name: Name, message: string) => {
    setErrors((current) => ({ ...current, [name]: message }));
    focus(name);
  };

  const clearCode = () => {
    if (inputs.current.code) inputs.current.code.value = "";
    setValues((current) => ({ ...current, code: "" }));
    setErrors((current) => ({ ...current, code: undefined }));
  };

  /** Back to the first step: the login stays, the rest is cleared. */
  const reset = () => {
    if (inputs.current.password) inputs.current.password.value = "";
    if (inputs.current.code) inputs.current.code.value = "";
    setValues((current) => ({ login: current.login, password: "", code: "" }));
    setErrors({});
    setSubmitted(false);
  };

  return { field, errors, check, setError, clearCode, reset };
}
