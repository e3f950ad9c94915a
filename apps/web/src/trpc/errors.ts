import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@planner/api";

// Reading what the server answered. Only an answer from the server carries
// `data`; a dropped connection is a TRPCClientError too, with the browser's
// own words ("Failed to fetch"), and so is anything thrown before sending.

type ServerFieldErrors = Record<string, string[] | undefined>;

function serverData(error: unknown) {
  return error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data : undefined;
}

/** The field messages the server attached (validation, conflicts), if any. */
export function serverFieldErrors(error: unknown): ServerFieldErrors {
  return (serverData(error)?.fieldErrors as ServerFieldErrors | undefined) ?? {};
}

/** The server's tRPC code ("NOT_FOUND", "FORBIDDEN", …); none when it was not reached. */
export function serverErrorCode(error: unknown): string | undefined {
  return serverData(error)?.code;
}

/** A sentence for a toast or a form banner; never a stack or a driver message. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && error.data) return error.message;
  return "The server could not be reached. Check your connection and try again.";
}
