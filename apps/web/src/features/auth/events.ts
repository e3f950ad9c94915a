import { rateLimitMinutes, type LogInValues } from "@planner/domain";
import { tr } from "~/i18n/translator";

// Event handlers of the auth screens: each turns one user event into a server
// call and the outcome into UI state. The views only render and wire them.

/** next-auth's answer to a log-in: `error` when it failed, with our `code` for rate limits. */
type LogInResult = { error?: string | null; code?: string | null } | undefined;

/** Logging in and out (next-auth, no redirects of its own), and a full load of another page. */
export type SessionEffects = {
  session: {
    logIn: (credentials: { login: string; password: string; code?: string }) => Promise<LogInResult>;
    logOut: () => Promise<unknown>;
  };
  leave: (url: string) => void;
};

/** What a handler may do to the screen. */
export type FormUi<Field extends string> = {
  setFieldError: (field: Field, message: string) => void;
  setFormError: (message: string) => void;
  navigate: (url: string) => void;
};

const SAME_SITE = "http://same-site.invalid";

/**
 * Only same-site paths, so a crafted link cannot send someone elsewhere after
 * log-in. Resolved the way the browser will resolve it: URL parsing drops tabs
 * and line breaks and reads "\\" as "/", so "/\t/evil.example" would be
 * "//evil.example", another site; a prefix check alone lets that through.
 */
export function safeCallbackUrl(callbackUrl: string | null | undefined): string {
  if (!callbackUrl?.startsWith("/")) return "/calendar";
  try {
    const url = new URL(callbackUrl, SAME_SITE);
    if (url.origin === SAME_SITE) return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // Not a URL at all: the default below.
  }
  return "/calendar";
}

/** next-auth returns the CredentialsSignin `code` we set for rate limits. */
function logInErrorMessage(code: string | null | undefined): string {
  const match = code?.match(/^rate-limited:(\d+)$/);
  return match ? tr("errors.rateLimited", { minutes: rateLimitMinutes(Number(match[1])) }) : tr("errors.invalidCredentials");
}

/** The log-in form's screen: a second step asks for the code, keeping the login and password in memory. */
export type LoginUi = FormUi<keyof LogInValues> & { askForCode: () => void };

/**
 * "Log in": on to where the person was going, or why not. An account with
 * two-step log-in on answers "second-factor" to the password alone: the form
 * then asks for the code and sends all three again.
 */
export async function handleLoginSubmit(values: LogInValues, callbackUrl: string | null, effects: SessionEffects, ui: LoginUi) {
  try {
    const result = await effects.session.logIn({ login: values.login, password: values.password, ...(values.code ? { code: values.code } : {}) });
    if (!result || result.error) {
      if (result?.code === "second-factor") {
        ui.askForCode();
        return;
      }
      if (result?.code === "second-factor-invalid") {
        ui.setFieldError("code", tr("errors.wrongTwoFactorCode"));
        return;
      }
      ui.setFormError(logInErrorMessage(result?.code));
      return;
    }
    ui.navigate(safeCallbackUrl(callbackUrl));
  } catch {
    ui.setFormError(tr("errors.unreachable"));
  }
}

/**
 * Clears the session, then loads /login on this same origin (next-auth's own
 * redirect builds an absolute URL from the server's idea of its host, which
 * behind a proxy or on 127.0.0.1 can differ from the address in the browser).
 * Offline the server cannot end it: the person is told so, and stays.
 */
export async function handleLogoutClick(effects: SessionEffects, ui: { failed: (message: string) => void }) {
  try {
    await effects.session.logOut();
  } catch {
    ui.failed(tr("errors.logOutOffline"));
    return;
  }
  effects.leave("/login");
}

