import type { AnyProcedure } from "@trpc/server";
import { describe, expect } from "vitest";
import { appRouter } from "../src/root";
import type { Meta } from "../src/trpc";
import { apiTest, openSharedDb } from "./fixture";
import { callProcedure, callerFor, codeOf, createAccount } from "./helpers";

// Walks every procedure of the app router, so procedures added later are
// covered without touching this file. Its tests change nothing they depend
// on, so they share one database and one admin.

const it = apiTest.extend("sharedAdmin", { scope: "file" }, ({ sharedDb }) => createAccount(sharedDb, "ADMIN"));
it.beforeAll(openSharedDb);

// At run time _def.procedures is flat ("auth.signUp"); its static type is nested.
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

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

  it.for(procedures.filter(([, p]) => (p._def.meta as Meta | undefined)?.access !== "public"))(
    "%s is UNAUTHORIZED for an anonymous caller",
    async ([path], { sharedDb }) => {
      expect(await codeOf(() => callProcedure(callerFor(sharedDb, null), path, undefined))).toBe("UNAUTHORIZED");
    },
  );

  it.for(procedures.filter(([, p]) => p._def.inputs.length > 0))(
    "%s answers BAD_REQUEST to malformed input, never INTERNAL_SERVER_ERROR",
    async ([path, procedure], { sharedDb, sharedAdmin }) => {
      const caller = callerFor(sharedDb, (procedure._def.meta as Meta).access === "public" ? null : sharedAdmin);
      for (const input of MALFORMED_INPUTS) {
        expect(await codeOf(() => callProcedure(caller, path, input)), `input ${JSON.stringify(input)}`).toBe("BAD_REQUEST");
      }
    },
  );
});
