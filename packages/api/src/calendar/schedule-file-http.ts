import { TRPCError } from "@trpc/server";
import type { ScheduleCalendarFile } from "../services/schedule-file-service";
import { feedNotFound } from "./feed-http";

/** The dialog's .ics download as HTTP: a file to save (or open with a calendar app). */
export function scheduleFileResponse(file: ScheduleCalendarFile): Response {
  return new Response(file.content, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": attachment(file.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * A schedule the caller may not read, a malformed id or no log-in: the same
 * 404 as an address that never existed. Anything else is a real failure.
 */
export function scheduleFileRefusal(error: unknown): Response {
  if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN"].includes(error.code)) return feedNotFound();
  throw error;
}

/** RFC 6266: an ASCII name for old clients, the real (UTF-8, e.g. Korean) one for the rest. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
