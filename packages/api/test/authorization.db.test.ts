import type { AnyProcedure } from "@trpc/server";
import { describe, expect } from "vitest";
import { appRouter } from "../src/root";
import { apiTest, openSharedDb } from "./fixture";
import { callProcedure, callerFor, codeOf } from "./helpers";
import { ACTORS, TABLE, buildWorld, clock } from "./procedure-table";

// Every procedure of every router × every actor, in one table
// (procedure-table.ts). Each cell runs on a fresh world, so a mutation in one
// cell cannot affect another. A procedure without a row fails the first test.

const it = apiTest.extend("world", ({ db }) => buildWorld(db));
it.beforeAll(openSharedDb);

const procedurePaths = Object.keys(appRouter._def.procedures as unknown as Record<string, AnyProcedure>).sort();

describe("authorization table", () => {
  it("has a row for every procedure of the app router, and none for procedures that do not exist", () => {
    expect(Object.keys(TABLE).sort()).toEqual(procedurePaths);
  });

  const cells = Object.entries(TABLE).flatMap(([path, row]) => ACTORS.map((actor) => [path, actor, row.expect[actor]] as const));
  it.for(cells)("%s as %s → %s", async ([path, actor, expected], { db, world }) => {
    const account = actor === "anonymous" ? null : world.accounts[actor];
    const outcome = await codeOf(() => callProcedure(callerFor(db, account, null, () => clock), path, TABLE[path]!.input(world)));
    expect(outcome).toBe(expected);
  });
});
