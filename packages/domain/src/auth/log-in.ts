import * as z from "zod/mini";
import { plainTextIssue, hasControlCharacter } from "../shared/text";
import { SECOND_FACTOR_CODE_MESSAGE, parseSecondFactorCode } from "./second-factor-code";

// The log-in form's schema, which the server's log-in (next-auth's authorize)
// parses with too. Written with zod/mini, unlike the other schemas: the
// log-in page is the first one most people load, and zod/mini adds ~5 kB to
// it where the full zod adds ~25 kB. The rules are the same ones: the same
// checks, in the same order, with the same messages as secondFactorCodeSchema
// and plainText (a test in log-in.test.ts compares them).

const LOGIN_REQUIRED = "Enter your username or email.";
const PASSWORD_REQUIRED = "Enter your password.";

/** secondFactorCodeSchema, in zod/mini. */
const secondFactorCode = z.string({ error: SECOND_FACTOR_CODE_MESSAGE }).check(
  z.trim(),
  z.minLength(1, SECOND_FACTOR_CODE_MESSAGE),
  z.maxLength(32, SECOND_FACTOR_CODE_MESSAGE),
  z.refine((typed: string) => parseSecondFactorCode(typed) !== null, SECOND_FACTOR_CODE_MESSAGE),
);

const { message: controlCharactersMessage, params: controlCharactersParams } = plainTextIssue("The username or email");

/** `login` is an email or a username; the server decides which. */
export const logInInput = z.object({
  login: z.string({ error: LOGIN_REQUIRED }).check(
    z.trim(),
    z.minLength(1, LOGIN_REQUIRED),
    z.maxLength(254),
    z.refine((value: string) => !hasControlCharacter(value), { error: controlCharactersMessage, params: controlCharactersParams }),
  ),
  password: z.string({ error: PASSWORD_REQUIRED }).check(z.minLength(1, PASSWORD_REQUIRED), z.maxLength(1024)),
  /** The second step's code, for an account with two-step log-in on; an empty field is no code. */
  code: z.pipe(
    z.transform((value: unknown) => (value === "" ? undefined : value)),
    z.optional(secondFactorCode),
  ),
});
export type LogInInput = z.input<typeof logInInput>;
export type LogInValues = z.output<typeof logInInput>;
