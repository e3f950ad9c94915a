import { calendarFeedResponse } from "@planner/api/server";

export const dynamic = "force-dynamic";

/**
 * /api/calendar/<secret>.ics: the subscription feed calendar apps poll
 * (Settings → Calendar feed). No session: the secret is the credential; a
 * wrong, replaced or revoked one is a plain 404 (see @planner/api calendar/feed-http.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return calendarFeedResponse((await params).file, request.headers);
}
