import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@planner/api";

export type ServerFieldErrors = Record<string, string[] | undefined>;

/** The field messages the server attached (validation, conflicts), if any. */
export function serverFieldErrors(error: unknown): ServerFieldErrors {
  if (error instanceof TRPCClientError) {
    return ((error as TRPCClientError<AppRouter>).data?.fieldErrors as ServerFieldErrors | undefined) ?? {};
  }
  return {};
}

/** A sentence for a toast or a form banner; never a stack or a driver message. */
export function errorMessage(error: unknown): string {
  // Only an answer from the server carries `data`; a dropped connection is a
  // TRPCClientError too, with the browser's own words ("Failed to fetch").
  if (error instanceof TRPCClientError && error.data) return error.message;
  return "The server could not be reached. Check your connection and try again.";
}
