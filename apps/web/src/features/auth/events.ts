import { signIn, signOut } from "next-auth/react";
import {
  INVALID_CREDENTIALS_MESSAGE,
  rateLimitMessage,
  type LogInValues,
  type SignUpValues,
} from "@planner/domain";
import { errorMessage, serverFieldErrors } from "~/trpc/errors";

// Event handlers of the auth screens: each turns one user event into a server
// call and the outcome into UI state. The views only render and wire them.

/** What a handler may do to the screen. */
export type FormUi<Field extends string> = {
  setFieldError(field: Field, message: string): void;
  setFormError(message: string): void;
  navigate(url: string): void;
};

/** Only same-site paths, so a crafted link cannot send someone elsewhere after log-in. */
export function safeCallbackUrl(callbackUrl: string | null | undefined): string {
  if (callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") && !callbackUrl.startsWith("/\\")) {
    return callbackUrl;
  }
  return "/calendar";
}

/** next-auth returns the CredentialsSignin `code` we set for rate limits. */
export function logInErrorMessage(code: string | undefined): string {
  const match = code?.match(/^rate-limited:(\d+)$/);
  return match ? rateLimitMessage(Number(match[1])) : INVALID_CREDENTIALS_MESSAGE;
}

export async function handleLoginSubmit(values: LogInValues, callbackUrl: string | null, ui: FormUi<keyof LogInValues>) {
  try {
    const result = await signIn("credentials", { login: values.login, password: values.password, redirect: false });
    if (!result || result.error) {
      ui.setFormError(logInErrorMessage(result?.code));
      return;
    }
    ui.navigate(safeCallbackUrl(callbackUrl));
  } catch {
    ui.setFormError("The server could not be reached. Check your connection and try again.");
  }
}

export async function handleSignUpSubmit(
  values: SignUpValues,
  signUp: (input: SignUpValues) => Promise<unknown>,
  ui: FormUi<keyof SignUpValues>,
) {
  try {
    await signUp({ ...values, timeZone: browserTimeZone() });
  } catch (error) {
    const fields = serverFieldErrors(error);
    const known = (Object.keys(fields) as (keyof SignUpValues)[]).filter((field) => field in values && fields[field]?.[0]);
    for (const field of known) ui.setFieldError(field, fields[field]![0]!);
    if (known.length === 0) ui.setFormError(errorMessage(error));
    return;
  }
  const result = await signIn("credentials", { login: values.username, password: values.password, redirect: false });
  ui.navigate(result?.error ? "/login" : "/calendar");
}

/**
 * Clears the session, then loads /login on this same origin (next-auth's own
 * redirect builds an absolute URL from the server's idea of its host, which
 * behind a proxy or on 127.0.0.1 can differ from the address in the browser).
 */
export async function handleLogoutClick() {
  await signOut({ redirect: false });
  window.location.assign("/login");
}

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
