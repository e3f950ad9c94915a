import type { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@planner/api";
import { isOfflineRefusal } from "~/features/connection/offline-refusal";
import { hasMessage, tr, type MessageValues } from "~/i18n/translator";

// Reading what the server answered. Only an answer from the server carries
// `data`; a dropped connection is a TRPCClientError too, with the browser's
// own words ("Failed to fetch"), and so is anything thrown before sending.
// The server's sentences are English; each comes with a stable code, and the
// page shows the sentence for that code in its own language (messages:
// errors.<code>), or the server's sentence when it has none.

type ServerFieldErrors = Record<string, string[] | undefined>;

/**
 * tRPC's own isTRPCClientError test (the class, or an error by that name), without
 * importing @trpc/client: the log-in page's theme and language menus read errors
 * here and have no tRPC client, so they should not load its code.
 */
function isTrpcClientError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof Error && error.name === "TRPCClientError";
}

function serverData(error: unknown) {
  return isTrpcClientError(error) ? error.data : undefined;
}

function sentenceFor(code: string | undefined, params: MessageValues | undefined, english: string): string {
  const key = `errors.${code}`;
  return code && hasMessage(key) ? tr(key, params) : english;
}

/** The field messages the server attached (validation, conflicts), if any, in the page's language. */
export function serverFieldErrors(error: unknown): ServerFieldErrors {
  const data = serverData(error);
  const fieldErrors = (data?.fieldErrors as ServerFieldErrors | undefined) ?? {};
  const codes = data?.fieldErrorCodes ?? {};
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => {
      const first = messages?.[0];
      const code = codes[field];
      return [field, first && code ? [sentenceFor(code, data?.errorParams, first), ...messages.slice(1)] : messages];
    }),
  );
}

/** The server's tRPC code ("NOT_FOUND", "FORBIDDEN", …); none when it was not reached. */
export function serverErrorCode(error: unknown): string | undefined {
  return serverData(error)?.code;
}

/** The domain's stable error code ("passwordLinkInvalid", …); none when the server was not reached. */
export function domainErrorCode(error: unknown): string | undefined {
  return serverData(error)?.errorCode;
}

/** A sentence for a toast or a form banner; never a stack or a driver message. */
export function errorMessage(error: unknown): string {
  if (isTrpcClientError(error) && error.data) {
    const data = error.data;
    if (data?.code === "INTERNAL_SERVER_ERROR") return tr("errors.internal");
    // The server's sentences for it carry no code; the page's own words, in its language.
    if (data?.code === "UNAUTHORIZED") return tr("sessionEnded.title");
    return sentenceFor(data?.errorCode, data?.errorParams, error.message);
  }
  // Not sent at all: the page is offline (features/connection/offline-link.ts).
  if (isOfflineRefusal(error)) return tr("errors.offline");
  return tr("errors.unreachable");
}
