import { describe, expect } from "vitest";
import { openDatabase } from "@planner/db";
import { checkHealth } from "../src/health";
import { apiTest as it, openSharedDb } from "./fixture";

it.beforeAll(openSharedDb);

describe("checkHealth", () => {
  it("answers 200 with the database's status when it responds", async ({ db }) => {
    const { httpStatus, body } = await checkHealth(() => Promise.resolve(db));
    expect(httpStatus).toBe(200);
    expect(body).toMatchObject({ status: "ok", database: { kind: db.kind, status: "up" } });
  });

  it("answers 503 when the database server does not respond", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused.
    const unreachable = await openDatabase({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/nothing" }, { poolSize: 1 });
    try {
      const { httpStatus, body } = await checkHealth(() => Promise.resolve(unreachable));
      expect(httpStatus).toBe(503);
      expect(body).toEqual({ status: "unavailable", database: { kind: "postgres", status: "down" } });
    } finally {
      await unreachable.close();
    }
  });

  it("answers 503 when the database cannot even be opened", async () => {
    const { httpStatus, body } = await checkHealth(() => Promise.reject(new Error("disk full")));
    expect(httpStatus).toBe(503);
    expect(body.database.status).toBe("down");
  });
});
