import type { AnyProcedure } from "@trpc/server";
import { describe, expect } from "vitest";
import { appRouter } from "../src/root";
import { apiTest, openSharedDb } from "./fixture";
import { callProcedure, callerFor, codeOf } from "./helpers";
import { ACTORS, TABLE, VARIANTS, buildWorld, clock } from "./procedure-table";
import { restorableWorld } from "./support/restorable-world";

// Every procedure of every router × every actor, in one table
// (procedure-table.ts). Every cell starts from the world as built: the tables
// a cell changed are put back after it (building the world anew, with its
// accounts' bcrypt hashes, cost ten times as much and was most of this file's
// time). A query or a refused mutation must change nothing, which is checked;
// a refused log-in or code may count in rate_limit_counters, as it should. A
// procedure without a row fails the first test.

const it = apiTest;
it.beforeAll(openSharedDb);

const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const procedurePaths = Object.keys(procedures).sort();
const worlds = restorableWorld(buildWorld);
const MAY_CHANGE = ["rate_limit_counters"];
const without = (tables: Record<string, string>) => Object.fromEntries(Object.entries(tables).filter(([name]) => !MAY_CHANGE.includes(name)));

describe("authorization table", () => {
  it("has a row for every procedure of the app router, and none for procedures that do not exist", () => {
    expect(Object.keys(TABLE).sort()).toEqual(procedurePaths);
  });

  it("has variants only of procedures that exist", () => {
    expect(Object.keys(VARIANTS).map((key) => key.split("#")[0]).filter((path) => !procedurePaths.includes(path!))).toEqual([]);
  });

  const rows = { ...TABLE, ...VARIANTS };
  const cells = Object.entries(rows).flatMap(([key, row]) => ACTORS.map((actor) => [key, actor, row.expect[actor]] as const));
  it.for(cells)("%s as %s → %s", async ([key, actor, expected], { sharedDb: db }) => {
    const path = key.split("#")[0]!;
    const world = await worlds.get(db);
    const account = actor === "anonymous" ? null : world.accounts[actor];
    const outcome = await codeOf(() => callProcedure(callerFor(db, account, null, () => clock), path, rows[key]!.input(world)));
    const { before, after } = await worlds.takeChanges(db);
    expect(outcome).toBe(expected);
    if (procedures[path]!._def.type === "mutation" && outcome === "OK") return;
    expect(without(after), `${key} as ${actor} (${outcome}) changed data`).toEqual(without(before));
  });
});
