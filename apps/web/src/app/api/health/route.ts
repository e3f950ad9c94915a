import { healthReport } from "@planner/api/server";

export const dynamic = "force-dynamic";

export async function GET() {
  const { httpStatus, body } = await healthReport();
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
