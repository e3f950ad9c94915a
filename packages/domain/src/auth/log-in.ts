import * as z from "zod/mini";
import { hasControlCharacter } from "../shared/text";
import { LOGIN_CONTROL_CHARACTERS, LOGIN_REQUIRED, LOG_IN_LIMITS, PASSWORD_REQUIRED } from "./log-in-form";
import { SECOND_FACTOR_CODE_MESSAGE, parseSecondFactorCode } from "./second-factor-code";

// The log-in form's schema, which the server's log-in (next-auth's authorize)
// parses with too. Written with zod/mini, unlike the other schemas: the
// log-in page is the first one most people load, and zod/mini adds ~5 kB to
// it where the full zod adds ~25 kB. The rules are the same ones: the same
// checks, in the same order, with the same messages as secondFactorCodeSchema
// and plainText (a test in log-in.test.ts compares them). The limits and
// messages are log-in-form.ts's, which the log-in form checks with (no zod).

/** secondFactorCodeSchema, in zod/mini. */
const secondFactorCode = z.string({ error: SECOND_FACTOR_CODE_MESSAGE }).check(
  z.trim(),
  z.minLength(1, SECOND_FACTOR_CODE_MESSAGE),
  z.maxLength(LOG_IN_LIMITS.codeMax, SECOND_FACTOR_CODE_MESSAGE),
  z.refine((typed: string) => parseSecondFactorCode(typed) !== null, SECOND_FACTOR_CODE_MESSAGE),
);

const { message: controlCharactersMessage, params: controlCharactersParams } = LOGIN_CONTROL_CHARACTERS;

/** `login` is an email or a username; the server decides which. */
export const logInInput = z.object({
  login: z.string({ error: LOGIN_REQUIRED }).check(
    z.trim(),
    z.minLength(1, LOGIN_REQUIRED),
    z.maxLength(LOG_IN_LIMITS.loginMax),
    z.refine((value: string) => !hasControlCharacter(value), { error: controlCharactersMessage, params: controlCharactersParams }),
  ),
  password: z.string({ error: PASSWORD_REQUIRED }).check(z.minLength(1, PASSWORD_REQUIRED), z.maxLength(LOG_IN_LIMITS.passwordMax)),
  /** The second step's code, for an account with two-step log-in on; an empty field is no code. */
  code: z.pipe(
    z.transform((value: unknown) => (value === "" ? undefined : value)),
    z.optional(secondFactorCode),
  ),
});
export type LogInInput = z.input<typeof logInInput>;
export type LogInValues = z.output<typeof logInInput>;
