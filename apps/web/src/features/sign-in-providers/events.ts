import { rateLimitMinutes, type SignInProvider } from "@planner/domain";
import { tr } from "~/i18n/translator";
import { showRefusal } from "~/kit/form-errors";
import type { FormUi } from "~/features/auth/events";

// Event handlers of log-in with other services: the provider buttons (log-in,
// sign-up, Settings' connect), the second step's code, disconnecting, and a
// password-less account's first password.

/** Leaving for a provider's log-in (next-auth's signIn, which navigates away), and remembering the browser's zone for a new account. */
export type ProviderEffects = {
  rememberTimeZone: (zone: string) => void;
  startProviderLogIn: (provider: SignInProvider, callbackUrl: string) => Promise<unknown>;
  browserTimeZone: () => string | undefined;
};

/** A provider button: off to the provider, back to `callbackUrl` (Settings for connecting, else where the person was going). */
export async function handleProviderClick(provider: SignInProvider, callbackUrl: string, effects: ProviderEffects, ui: { setFormError: (message: string) => void }) {
  const zone = effects.browserTimeZone();
  if (zone) effects.rememberTimeZone(zone);
  try {
    await effects.startProviderLogIn(provider, callbackUrl);
  } catch {
    ui.setFormError(tr("errors.unreachable"));
  }
}

type CodeResult = { error?: string | null; code?: string | null } | undefined;

/** "Verify" on the second step of a provider log-in. */
export async function handleProviderCodeSubmit(
  code: string,
  logInWithCode: (code: string) => Promise<CodeResult>,
  ui: FormUi<"code">,
) {
  try {
    const result = await logInWithCode(code);
    if (!result || result.error) {
      if (result?.code === "second-factor-invalid") ui.setFieldError("code", tr("errors.wrongTwoFactorCode"));
      else if (result?.code?.startsWith("rate-limited:")) ui.setFormError(tr("errors.rateLimited", { minutes: rateLimitMinutes(Number(result.code.split(":")[1])) }));
      else ui.setFormError(tr("signInProviders.stepExpired"));
      return;
    }
    ui.navigate("/calendar");
  } catch {
    ui.setFormError(tr("errors.unreachable"));
  }
}

/** "Disconnect" in Settings → Connected accounts; the server refuses the last way to sign in. */
export async function handleDisconnectClick(
  provider: SignInProvider,
  providerName: string,
  disconnect: (input: { provider: SignInProvider }) => Promise<unknown>,
  ui: { toast: (message: string) => void; setError: (message: string) => void },
) {
  try {
    await disconnect({ provider });
    ui.toast(tr("signInProviders.disconnected", { provider: providerName }));
  } catch (error) {
    showRefusal(error, [], { setFieldError: () => undefined, setFormError: ui.setError });
  }
}

/** "Set password" for an account a provider made. */
export async function handleSetPasswordSubmit(
  values: { newPassword: string; confirmPassword: string },
  setPassword: (input: { newPassword: string; confirmPassword: string }) => Promise<unknown>,
  ui: Omit<FormUi<"newPassword" | "confirmPassword">, "navigate"> & { done: () => void },
) {
  try {
    await setPassword(values);
    ui.done();
  } catch (error) {
    showRefusal(error, ["newPassword", "confirmPassword"], ui);
  }
}
