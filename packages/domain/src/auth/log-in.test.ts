import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plainText } from "../shared/text";
import { logInInput } from "./log-in";
import { secondFactorCodeSchema } from "./two-factor";

// logInInput is written with zod/mini (it ships to the log-in page); these are
// the same rules written with the full zod, as the other schemas are. Both
// must give the same values and the same issues for every input.
const fullZodLogIn = z.object({
  login: plainText(z.string({ error: "Enter your username or email." }).trim().min(1, "Enter your username or email.").max(254), "The username or email"),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024),
  code: z.preprocess((value) => (value === "" ? undefined : value), secondFactorCodeSchema.optional()),
});

const inputs: unknown[] = [
  { login: "ada", password: "pw" },
  { login: "  Ada@Example.com ", password: "secret", code: "" },
  { login: "ada", password: "pw", code: "123 456" },
  { login: "ada", password: "pw", code: "abcde-fghjk" },
  { login: "ada", password: "pw", code: "12" },
  { login: "ada", password: "pw", code: "x".repeat(40) },
  { login: " ", password: "" },
  { login: "a\tb", password: "pw" },
  { login: "x".repeat(255), password: "p".repeat(1025) },
  { login: 5, password: null },
  {},
  null,
];

describe("logInInput (zod/mini)", () => {
  it.each(inputs.map((input) => [JSON.stringify(input), input]))("agrees with the full-zod rules for %s", (_label, input) => {
    const mini = logInInput.safeParse(input);
    const full = fullZodLogIn.safeParse(input);
    expect(mini.success).toBe(full.success);
    expect(mini.data).toEqual(full.data);
    expect(mini.error?.issues).toEqual(full.error?.issues);
  });
});
