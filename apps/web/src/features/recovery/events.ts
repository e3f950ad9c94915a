import type { RequestPasswordResetValues, ResetPasswordValues } from "@planner/domain";
import { showRefusal } from "~/kit/form-errors";
import { domainErrorCode } from "~/trpc/errors";
import type { FormUi } from "../auth/events";

// Event handlers of the recovery screens ("forgot password", the page a password link opens).

/** "Send reset link": the answer is the same whether or not the address has an account. */
export async function handleForgotPasswordSubmit(
  values: RequestPasswordResetValues,
  request: (input: RequestPasswordResetValues) => Promise<unknown>,
  ui: Pick<FormUi<"email">, "setFieldError" | "setFormError"> & { showSent: (email: string) => void },
) {
  try {
    await request(values);
    ui.showSent(values.email);
  } catch (error) {
    showRefusal(error, ["email"] as const, ui);
  }
}

const RESET_FIELDS = ["newPassword", "confirmPassword"] as const satisfies readonly (keyof ResetPasswordValues)[];

/** "Set password": on to log-in with a note; a link that died meanwhile shows the dead-link state. */
export async function handleResetPasswordSubmit(
  values: ResetPasswordValues,
  reset: (input: ResetPasswordValues) => Promise<unknown>,
  ui: FormUi<(typeof RESET_FIELDS)[number]> & { showLinkDead: () => void },
) {
  try {
    await reset(values);
  } catch (error) {
    if (isDeadLink(error)) ui.showLinkDead();
    else showRefusal(error, RESET_FIELDS, ui);
    return;
  }
  ui.navigate("/login?reset=done");
}

/** The server's answer for an unknown, used or expired link. */
export function isDeadLink(error: unknown): boolean {
  return domainErrorCode(error) === "passwordLinkInvalid";
}

/** The token a password link carries in its fragment (#token=…), never sent to the server by the browser. */
export function tokenFromFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token");
}
