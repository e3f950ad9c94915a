import { TRPCClientError } from "@trpc/client";

// What a mutation rejects with, as the browser's tRPC client builds it from
// the answer of packages/api (its errorFormatter), or from a dropped connection.

const RPC_CODES = { BAD_REQUEST: -32600, FORBIDDEN: -32003, NOT_FOUND: -32004, CONFLICT: -32009, TOO_MANY_REQUESTS: -32029 } as const;
const HTTP_STATUS = { BAD_REQUEST: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 } as const;

type RefusalCode = keyof typeof RPC_CODES;

/** The server said no: its message, its code, and the field messages it names, if any. */
export function serverRefusal(
  message: string,
  options: { code?: RefusalCode; fieldErrors?: Record<string, string[]>; path?: string; errorCode?: string } = {},
): TRPCClientError<never> {
  const code = options.code ?? "BAD_REQUEST";
  return TRPCClientError.from({
    error: {
      message,
      code: RPC_CODES[code],
      data: { code, httpStatus: HTTP_STATUS[code], path: options.path ?? "test.procedure", fieldErrors: options.fieldErrors, errorCode: options.errorCode },
    },
  });
}

/** The server was never reached: fetch failed, and the link wrapped it (no `data`). */
export function networkFailure(): TRPCClientError<never> {
  return TRPCClientError.from(new TypeError("Failed to fetch"));
}

/** What every handler says when the server could not be reached. */
export const UNREACHABLE = "The server could not be reached. Check your connection and try again.";
