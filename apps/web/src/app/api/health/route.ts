import { checkHealth } from "@planner/api";
import { getDatabase } from "@planner/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const { httpStatus, body } = await checkHealth(getDatabase);
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
