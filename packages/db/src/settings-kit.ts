import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** A setting (environment variable) with a value that is not allowed; its message is one line. */
export class InvalidSettingError extends Error {
  override name = "InvalidSettingError";
}

type Shape = Record<string, z.ZodType>;

/** How to forget each package's settings read so far (see forgetSettings). */
const forgetters = new Set<() => void>();

/**
 * One package's settings, read from the environment and validated on first use
 * (not at import: `next build` imports server modules without the runtime's
 * variables). A bad value throws an InvalidSettingError naming the variable,
 * its value and what is allowed; `startUp` in @planner/api turns that into one
 * line and exit code 1.
 */
export function defineSettings<T extends Shape>(shape: T): () => z.output<z.ZodObject<T>> {
  let settings: z.output<z.ZodObject<T>> | undefined;
  forgetters.add(() => (settings = undefined));
  return () =>
    (settings ??= createEnv({
      server: shape,
      // A copy: emptyStringAsUndefined deletes "" entries from the object it is given.
      runtimeEnv: { ...process.env },
      emptyStringAsUndefined: true,
      onValidationError(issues) {
        const issue = issues[0];
        const segment = issue?.path?.[0];
        const name = String(typeof segment === "object" ? segment.key : (segment ?? "?"));
        throw new InvalidSettingError(`Invalid setting ${name}=${JSON.stringify(process.env[name] ?? "")}: ${issue?.message ?? "not allowed"}.`);
      },
    }) as z.output<z.ZodObject<T>>);
}

/**
 * Tests only: forgets every package's settings read so far, so the next read
 * validates the environment as it is then. The database tests keep modules
 * loaded from one test file to the next (vitest `isolate: false`), and a file
 * may set variables of its own with vi.stubEnv before anything reads them.
 */
export function forgetSettings(): void {
  for (const forget of forgetters) forget();
}

/** A whole number in [min, max], written in decimal digits. */
export function integerSetting(min: number, max: number) {
  const allowed = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, allowed)
    .transform(Number)
    .pipe(z.number().min(min, allowed).max(max, allowed));
}

/** "true" or "false" (also 1/0, yes/no, on/off), as a boolean. */
export function booleanSetting() {
  return z
    .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { error: "must be true or false" })
    .transform((value) => ["true", "1", "yes", "on"].includes(value));
}
