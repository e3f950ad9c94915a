import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { errorCodeOf, fieldErrorsOf, publicMessage, retryAfterOf, toClientError } from "../errors";

/** The one shape of every REST error (documented in /api/openapi.json as `Error`). */
export type RestErrorBody = {
  error: {
    /** The tRPC code, which decides the HTTP status (BAD_REQUEST → 400, …). */
    code: TRPC_ERROR_CODE_KEY;
    /** One sentence saying what went wrong and what to do. */
    message: string;
    /** The stable reason (e.g. "scheduleNotFound"), for a client's own sentence in its language. */
    reason?: string;
    /** Field by field, for input that was refused. */
    fieldErrors?: Record<string, string[]>;
    retryAfterSeconds?: number;
  };
};

export type RestError = { status: number; body: RestErrorBody; headers: Record<string, string> };

/** A refusal of the REST edge itself (no such route, wrong content type, unreadable body). */
export function edgeError(code: TRPC_ERROR_CODE_KEY, message: string, headers: Record<string, string> = {}): RestError {
  const error = new TRPCError({ code, message });
  return { status: getHTTPStatusCodeFromError(error), body: { error: { code, message } }, headers };
}

/** What a procedure threw, as the REST client sees it: never internals. */
export function restError(thrown: unknown, sentBearer: boolean): RestError {
  const error = thrown instanceof TRPCError ? (toClientError(thrown.cause) ?? thrown) : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: thrown });
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  const { errorCode } = internal ? {} : errorCodeOf(error.cause);
  const fieldErrors = internal ? undefined : fieldErrorsOf(error.cause);
  const retryAfterSeconds = retryAfterOf(error.cause);
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  if (error.code === "UNAUTHORIZED") {
    headers["WWW-Authenticate"] = sentBearer ? 'Bearer realm="planner", error="invalid_token"' : 'Bearer realm="planner"';
  }
  return {
    status: getHTTPStatusCodeFromError(error),
    headers,
    body: {
      error: {
        code: error.code,
        message: publicMessage(error, error.message),
        ...(errorCode ? { reason: errorCode } : {}),
        ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      },
    },
  };
}
