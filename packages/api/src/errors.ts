import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { z } from "zod";
import { uniqueViolationFields } from "@planner/db";
import { ConflictError, DomainError, RateLimitedError, ValidationError, type ErrorCode, type ErrorParams } from "@planner/domain";
import { fieldLabel } from "./field-labels";
import { MAX_BATCH_CALLS } from "./http-limits";

const CODE_BY_KIND: Record<DomainError["kind"], TRPC_ERROR_CODE_KEY> = {
  NotFound: "NOT_FOUND",
  Forbidden: "FORBIDDEN",
  Conflict: "CONFLICT",
  Validation: "BAD_REQUEST",
  RateLimited: "TOO_MANY_REQUESTS",
  Unauthorized: "UNAUTHORIZED",
};

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";

/** Fields a unique violation is reported on first, when it names several. */
const CONFLICT_FIELDS = ["username", "email"];

/** Issues with no path: the input as a whole is not what the procedure takes. */
const FORM_KEY = "_form";

/**
 * Turns what a procedure threw into the error the client sees, or returns null
 * when the error is unexpected (it then stays INTERNAL_SERVER_ERROR, is logged
 * once by the HTTP handler and reaches the client as a bare message).
 */
export function toClientError(error: unknown): TRPCError | null {
  if (error instanceof DomainError) {
    return new TRPCError({ code: CODE_BY_KIND[error.kind], message: error.message, cause: error });
  }
  if (error instanceof z.ZodError) {
    // The input schema refused it; zod's own message is its issue list as JSON.
    return new TRPCError({ code: "BAD_REQUEST", message: inputErrorMessage(error), cause: error });
  }
  const fields = uniqueViolationFields(error);
  if (fields) {
    // A race the service's own check could not see (two sign-ups at once).
    const field = fields.find((name) => CONFLICT_FIELDS.includes(name)) ?? fields[0] ?? "value";
    const code = field === "username" ? "usernameTaken" : field === "email" ? "emailTaken" : "valueTaken";
    const conflict = new ConflictError(field, `That ${fieldLabel(field)} is already taken.`, code, { field });
    return new TRPCError({ code: "CONFLICT", message: conflict.message, cause: conflict });
  }
  return null;
}

/** tRPC's words (11.x) when a batch has more calls than the handler's `maxBatchSize`: they name no limit. */
const TRPC_BATCH_TOO_LARGE = "Batch call exceeds maximum size";
export const BATCH_TOO_LARGE_MESSAGE = `Send at most ${MAX_BATCH_CALLS} calls in one request.`;

/** The sentence the client sees: never an internal one, and tRPC's own refusals in words that say what to do. */
export function publicMessage(error: TRPCError, message: string): string {
  if (error.code === "INTERNAL_SERVER_ERROR") return INTERNAL_MESSAGE;
  if (error.code === "BAD_REQUEST" && error.message === TRPC_BATCH_TOO_LARGE) return BATCH_TOO_LARGE_MESSAGE;
  return message;
}

export const UNREADABLE_BODY_MESSAGE = "The input (the request body, or ?input= for a query) is not valid JSON.";

/**
 * tRPC reads the body (or a query's ?input=) while a procedure asks for its input; when the JSON
 * does not parse, it refuses with BAD_REQUEST and the parser's own words
 * ("Unexpected token … is not valid JSON"). Our own code's errors never
 * arrive as BAD_REQUEST with a SyntaxError (tRPC wraps them as internal), so
 * this is the body and nothing else.
 */
export function unreadableBodyError(error: TRPCError): TRPCError | null {
  if (error.code !== "BAD_REQUEST" || !(error.cause instanceof SyntaxError)) return null;
  const refusal = new ValidationError(UNREADABLE_BODY_MESSAGE, {}, "badRequest");
  return new TRPCError({ code: "BAD_REQUEST", message: refusal.message, cause: refusal });
}

/** One sentence naming the first field that is wrong, e.g. "Title: Give the schedule a title." */
export function inputErrorMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path[0];
  if (issue === undefined || field === undefined) return "The request is not in the form this action expects.";
  const label = fieldLabel(String(field));
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${issue.message}`;
}

/** Field-by-field messages for the form that sent the request (what the web client's serverFieldErrors reads). */
export function fieldErrorsOf(cause: unknown): Record<string, string[]> | undefined {
  if (cause instanceof ConflictError) return { [cause.field]: [cause.message] };
  if (cause instanceof ValidationError) return cause.fieldErrors;
  if (!(cause instanceof z.ZodError)) return undefined;
  // Inputs are objects, so flattenError keys the messages by their top-level
  // field; it lists only fields that have messages (its type allows undefined).
  const { formErrors, fieldErrors } = z.flattenError(cause as z.ZodError<Record<string, unknown>>);
  const byField = fieldErrors as Record<string, string[]>;
  return formErrors.length > 0 ? { ...byField, [FORM_KEY]: formErrors } : byField;
}

/** The stable code of what went wrong and its placeholders, for the client's own sentence. */
export function errorCodeOf(cause: unknown): { errorCode?: ErrorCode; errorParams?: ErrorParams; fieldErrorCodes?: Record<string, ErrorCode> } {
  if (cause instanceof ConflictError) return { errorCode: cause.code, errorParams: cause.params, fieldErrorCodes: { [cause.field]: cause.code } };
  if (cause instanceof ValidationError) {
    const fieldErrorCodes = Object.fromEntries(Object.keys(cause.fieldErrors).map((field) => [field, cause.fieldCodes[field] ?? cause.code]));
    return { errorCode: cause.code, errorParams: cause.params, fieldErrorCodes };
  }
  if (cause instanceof DomainError) return { errorCode: cause.code, errorParams: cause.params };
  if (cause instanceof z.ZodError) return { errorCode: "badRequest" };
  return {};
}

export function retryAfterOf(cause: unknown): number | undefined {
  return cause instanceof RateLimitedError ? cause.retryAfterSeconds : undefined;
}
