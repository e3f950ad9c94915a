/**
 * Zod 4's settings live on one global object, `globalThis.__zod_globalConfig`,
 * which `z.config()` (zod/v4/core) merges into and every schema reads. Setting
 * `jitless` on it directly is what `config({ jitless: true })` does, without
 * importing zod's core (and its ~8 kB gzipped of helpers) into the script every
 * page runs first, including pages that use no schema at all. zod-jitless.test.ts
 * checks, against the pinned zod, that zod sees the setting.
 */
type ZodGlobal = typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };

export function makeZodJitless(): void {
  const global = globalThis as ZodGlobal;
  global.__zod_globalConfig ??= {};
  global.__zod_globalConfig.jitless = true;
}
