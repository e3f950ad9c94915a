import { scheduleCalendarFileResponse } from "@planner/api/server";
import { requestCredentials } from "~/server/request-credentials";

export const dynamic = "force-dynamic";

/** The schedule dialog's "Add to my calendar (.ics)": the schedule (or its whole series) as a file, for whoever may read it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { session, bearer } = await requestCredentials(request.headers);
  return scheduleCalendarFileResponse({ session, bearer }, (await params).id);
}
