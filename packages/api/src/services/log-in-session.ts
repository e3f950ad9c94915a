import { ForbiddenError, type ErrorCode } from "@planner/domain";
import type { Credential } from "../middlewares/require-session";

/**
 * For what only a person logged in to the app may do (their log-in cookie),
 * never a program with an API token: minting tokens, the calendar feed's
 * address, a first password, two-step log-in. Each of these would let whoever
 * holds a token keep or widen their hold on the account. The message says
 * where the person does it instead.
 */
export function assertLogInSession(credential: Credential, message: string, code: ErrorCode): void {
  if (credential.kind !== "session") throw new ForbiddenError(message, code);
}
