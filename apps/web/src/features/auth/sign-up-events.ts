import type { SignUpValues } from "@planner/domain";
import { browserZone } from "~/components/time-zone-picker/browser-zone";
import { activeLanguage } from "~/i18n/translator";
import { showRefusal } from "~/kit/form-errors";
import type { FormUi, SessionEffects } from "./events";

// The sign-up form's handler, apart from the log-in ones (events.ts): only the
// sign-up page needs the browser's zone (and the zone list it may load).

const SIGN_UP_FIELDS = ["username", "email", "password", "confirmPassword"] as const satisfies readonly (keyof SignUpValues)[];

/** "Create account": the account is made in the browser's zone and the page's language, then logged in to. */
export async function handleSignUpSubmit(
  values: SignUpValues,
  signUp: (input: SignUpValues) => Promise<unknown>,
  effects: SessionEffects,
  ui: FormUi<keyof SignUpValues>,
) {
  try {
    await signUp({ ...values, timeZone: await browserZone(), locale: activeLanguage() });
  } catch (error) {
    showRefusal(error, SIGN_UP_FIELDS, ui);
    return;
  }
  const result = await effects.session.logIn({ login: values.username, password: values.password });
  ui.navigate(result?.error ? "/login" : "/calendar");
}
