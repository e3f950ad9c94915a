import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@planner/db";
import { createTestDatabase, type TestDatabase } from "@planner/db/testing";
import { checkHealth } from "../src/health";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe("checkHealth", () => {
  it("answers 200 with the database's status when it responds", async () => {
    const { httpStatus, body } = await checkHealth(async () => db);
    expect(httpStatus).toBe(200);
    expect(body).toMatchObject({ status: "ok", database: { kind: db.kind, status: "up" } });
  });

  it("answers 503 when the database server does not respond", async () => {
    // Port 1 on loopback: nothing listens, the connection is refused.
    const unreachable = await openDatabase({ kind: "postgres", url: "postgresql://nobody@127.0.0.1:1/nothing" }, { poolSize: 1 });
    try {
      const { httpStatus, body } = await checkHealth(async () => unreachable);
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
