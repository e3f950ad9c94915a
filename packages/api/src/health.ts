import type { Database } from "@planner/db";

export type HealthReport = {
  status: "ok" | "unavailable";
  database: { kind: Database["kind"] | "unknown"; status: "up" | "down"; latencyMs?: number };
};

/** GET /api/health: 200 when the database answers, 503 when it does not. */
export async function checkHealth(getDb: () => Promise<Database>): Promise<{ httpStatus: 200 | 503; body: HealthReport }> {
  const started = performance.now();
  let kind: HealthReport["database"]["kind"] = "unknown";
  try {
    const db = await getDb();
    kind = db.kind;
    await db.ping();
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { httpStatus: 200, body: { status: "ok", database: { kind, status: "up", latencyMs } } };
  } catch {
    return { httpStatus: 503, body: { status: "unavailable", database: { kind, status: "down" } } };
  }
}
