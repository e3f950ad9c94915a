import type { AnyProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@planner/db/testing";
import { appRouter } from "../src/root";
import type { Meta } from "../src/trpc";
import { callerFor, codeOf, createAccount, type TestAccount } from "./helpers";

// Walks every procedure of the app router, so procedures added later are
// covered without touching this file.

let db: TestDatabase;
let admin: TestAccount;
beforeAll(async () => {
  db = await createTestDatabase();
  admin = await createAccount(db, "ADMIN");
});
afterAll(async () => {
  await db.close();
});

// At run time _def.procedures is flat ("auth.signUp"); its static type is nested.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

function call(caller: ReturnType<typeof callerFor>, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

// Wrong types, and objects with fields no procedure expects (inputs are strict).
const MALFORMED_INPUTS: unknown[] = [42, "nonsense", [], null, { id: { $ne: null } }, { unexpected: true, limit: "all" }];

describe("every procedure", () => {
  it("finds procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(1);
  });

  it.each(procedures)("%s states who may call it", (_path, procedure) => {
    const meta = procedure._def.meta as Meta | undefined;
    expect(["public", "authed", "admin"]).toContain(meta?.access);
  });

  it.each(procedures.filter(([, p]) => (p._def.meta as Meta | undefined)?.access !== "public"))(
    "%s is UNAUTHORIZED for an anonymous caller",
    async (path) => {
      expect(await codeOf(() => call(callerFor(db, null), path, undefined))).toBe("UNAUTHORIZED");
    },
  );

  it.each(procedures.filter(([, p]) => p._def.inputs.length > 0))(
    "%s answers BAD_REQUEST to malformed input, never INTERNAL_SERVER_ERROR",
    async (path, procedure) => {
      const caller = callerFor(db, (procedure._def.meta as Meta).access === "public" ? null : admin);
      for (const input of MALFORMED_INPUTS) {
        expect(await codeOf(() => call(caller, path, input)), `input ${JSON.stringify(input)}`).toBe("BAD_REQUEST");
      }
    },
  );
});
