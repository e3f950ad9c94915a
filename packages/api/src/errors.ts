import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { uniqueViolationFields } from "@planner/db";
import { ConflictError, DomainError, RateLimitedError, ValidationError } from "@planner/domain";

const CODE_BY_KIND: Record<DomainError["kind"], TRPC_ERROR_CODE_KEY> = {
  NotFound: "NOT_FOUND",
  Forbidden: "FORBIDDEN",
  Conflict: "CONFLICT",
  Validation: "BAD_REQUEST",
  RateLimited: "TOO_MANY_REQUESTS",
};

const FIELD_LABELS: Record<string, string> = { username: "username", email: "email address" };

/**
 * Turns what a service threw into the error the client sees, or returns null
 * when the error is unexpected (it then stays INTERNAL_SERVER_ERROR, is
 * logged once by the HTTP handler and reaches the client as a bare message).
 */
export function toClientError(error: unknown): TRPCError | null {
  if (error instanceof DomainError) {
    return new TRPCError({ code: CODE_BY_KIND[error.kind], message: error.message, cause: error });
  }
  const fields = uniqueViolationFields(error);
  if (fields) {
    // A race the service's own check could not see (two sign-ups at once).
    const field = fields.find((name) => name in FIELD_LABELS) ?? fields[0] ?? "value";
    const conflict = new ConflictError(field, `That ${FIELD_LABELS[field] ?? field} is already taken.`);
    return new TRPCError({ code: "CONFLICT", message: conflict.message, cause: conflict });
  }
  return null;
}

type Issue = { path?: readonly PropertyKey[] | readonly { key: PropertyKey }[]; message: string };

/** Field-by-field messages for the form that sent the request. */
export function fieldErrorsOf(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof ConflictError) return { [cause.field]: [cause.message] };
  if (cause instanceof ValidationError) return cause.fieldErrors;
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const errors: Record<string, string[]> = {};
  for (const issue of issues as Issue[]) {
    const first = issue.path?.[0];
    const key = String(typeof first === "object" && first !== null ? first.key : (first ?? "_form"));
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function retryAfterOf(cause: unknown): number | undefined {
  return cause instanceof RateLimitedError ? cause.retryAfterSeconds : undefined;
}
