import { advanceTestClock, testHooksEnabled } from "@planner/api/server";

export const dynamic = "force-dynamic";

/**
 * End-to-end test hook: moves the app's clock forward and runs the reminder
 * worker at once. Exists only when the server runs with PLANNER_TEST_HOOKS=1
 * (e2e/server.mjs sets it); everywhere else it is a 404.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new Response("Not found", { status: 404 });
  const body = (await request.json().catch(() => null)) as { advanceMs?: unknown } | null;
  const advanceMs = Number(body?.advanceMs);
  if (!Number.isFinite(advanceMs) || advanceMs < 0) {
    return Response.json({ error: "Send { advanceMs: <non-negative number> }." }, { status: 400 });
  }
  const { now, ...delivered } = await advanceTestClock(advanceMs);
  return Response.json({ now: now.toISOString(), ...delivered });
}
