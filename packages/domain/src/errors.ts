/**
 * Domain errors: services throw these, and one tRPC middleware maps each kind
 * to a transport code (NOT_FOUND, FORBIDDEN, CONFLICT, BAD_REQUEST,
 * TOO_MANY_REQUESTS). Messages are English sentences for API callers; `code`
 * is stable and `params` fill its placeholders, so that the web client shows
 * the sentence in the person's own language (messages/*.json, `errors.<code>`).
 */

/** Every code an error may carry; the web's message files have a sentence for each (a test checks). */
export const ERROR_CODES = [
  "notFound",
  "forbidden",
  "conflict",
  "invalid",
  "rateLimited",
  "invalidCredentials",
  "accountNotFound",
  "userNotFound",
  "todoNotFound",
  "todoExists",
  "todosReadOnly",
  "projectNotFound",
  "projectExists",
  "labelNotFound",
  "labelExists",
  "subtaskNotAllowed",
  "dueTimeNeedsDate",
  "remindersNeedTime",
  "scheduleNotFound",
  "scheduleReadOnly",
  "scheduleExists",
  "subscriberReadOnly",
  "calendarNotYours",
  "notificationNotFound",
  "sessionNotFound",
  "followerNotFound",
  "subscriberCannotShare",
  "noSuchAccount",
  "notASubscriber",
  "ownCalendar",
  "usernameTaken",
  "emailTaken",
  "valueTaken",
  "wrongPassword",
  "passwordLinkInvalid",
  "wrongTwoFactorCode",
  "twoFactorAlreadyOn",
  "twoFactorNotStarted",
  "twoFactorNotOn",
  "lastAdminDelete",
  "lastAdminDemote",
  "startOffGrid",
  "endOffGrid",
  "endBeforeStart",
  "scheduleTooLong",
  "staleCursor",
  "badRequest",
  "tokenNotFound",
  "tokenReadOnly",
  "tokenScopeNotAllowed",
  "tokensNeedLogIn",
  "twoFactorNeedsLogIn",
  "secondFactorRequired",
  "invalidGrant",
  "fieldRequired",
  "providerNotConfigured",
  "providerNotConnected",
  "providerLinkedElsewhere",
  "lastSignInMethod",
  "passwordAlreadySet",
  "recurrenceNoOccurrence",
  "notAnOccurrence",
  "scheduleNotRepeating",
  "occurrenceRuleChange",
  "reminderAfterStart",
  "calendarFeedNotFound",
  "calendarFeedNeedsLogIn",
  "importNotICalendar",
  "importNoEvents",
  "importOutOfDate",
  "importConflict",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type ErrorParams = Record<string, string | number>;

export abstract class DomainError extends Error {
  abstract readonly kind: "NotFound" | "Forbidden" | "Conflict" | "Validation" | "RateLimited" | "Unauthorized";
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = "NotFound";
  constructor(what: string, code: ErrorCode = "notFound") {
    super(`${what} was not found.`, code);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = "Forbidden";
  constructor(message = "You are not allowed to do that.", code: ErrorCode = "forbidden") {
    super(message, code);
    this.name = "ForbiddenError";
  }
}

/** A uniqueness clash; `field` names the input field the person must change. */
export class ConflictError extends DomainError {
  readonly kind = "Conflict";
  constructor(
    readonly field: string,
    message: string,
    code: ErrorCode = "conflict",
    params: ErrorParams = {},
  ) {
    super(message, code, params);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but breaks a rule; fieldErrors point at fields. */
export class ValidationError extends DomainError {
  readonly kind = "Validation";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    code: ErrorCode = "invalid",
    params: ErrorParams = {},
    /** A field whose message has a code of its own (else the error's code applies to every field). */
    readonly fieldCodes: Record<string, ErrorCode> = {},
  ) {
    super(message, code, params);
    this.name = "ValidationError";
  }
}

/** The credentials (a password, a code, a token) did not check out: the caller is not known. */
export class UnauthorizedError extends DomainError {
  readonly kind = "Unauthorized";
  constructor(message: string, code: ErrorCode = "invalidCredentials") {
    super(message, code);
    this.name = "UnauthorizedError";
  }
}

export class RateLimitedError extends DomainError {
  readonly kind = "RateLimited";
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitMessage(retryAfterSeconds), "rateLimited", { minutes: rateLimitMinutes(retryAfterSeconds) });
    this.name = "RateLimitedError";
  }
}

export function rateLimitMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = rateLimitMinutes(retryAfterSeconds);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
