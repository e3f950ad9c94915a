import type { AnyProcedure } from "@trpc/server";
import { describe, expect } from "vitest";
import { appRouter } from "../src/root";
import { apiTest, openSharedDb } from "./fixture";
import { callProcedure, callerFor, codeOf } from "./helpers";
import { ACTORS, TABLE, clock } from "./procedure-table";
import { sharedWorld } from "./support/shared-world";

// Every procedure of every router × every actor, in one table
// (procedure-table.ts). A cell that may have changed data (a mutation that
// was allowed) leaves the next cell a fresh world; every other cell (a query,
// or a refused mutation) must leave every table as it was, which is checked,
// so it cannot affect another cell. A procedure without a row fails the first test.

const it = apiTest;
it.beforeAll(openSharedDb);

const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const procedurePaths = Object.keys(procedures).sort();
const worlds = sharedWorld();

describe("authorization table", () => {
  it("has a row for every procedure of the app router, and none for procedures that do not exist", () => {
    expect(Object.keys(TABLE).sort()).toEqual(procedurePaths);
  });

  const cells = Object.entries(TABLE).flatMap(([path, row]) => ACTORS.map((actor) => [path, actor, row.expect[actor]] as const));
  it.for(cells)("%s as %s → %s", async ([path, actor, expected], { sharedDb: db }) => {
    const { world } = await worlds.get(db);
    const account = actor === "anonymous" ? null : world.accounts[actor];
    const outcome = await codeOf(() => callProcedure(callerFor(db, account, null, () => clock), path, TABLE[path]!.input(world)));
    if (procedures[path]!._def.type === "mutation" && outcome === "OK") {
      worlds.discard();
      expect(outcome).toBe(expected);
      return;
    }
    // A refused log-in or two-step code is counted (rate_limit_counters), as it should be.
    const { before, after } = await worlds.compare(db, { mayChange: ["rate_limit_counters"] });
    expect(outcome).toBe(expected);
    expect(after, `${path} as ${actor} (${outcome}) changed data`).toEqual(before);
  });
});
