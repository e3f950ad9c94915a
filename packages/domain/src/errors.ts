/**
 * Domain errors: services throw these, and one tRPC middleware maps each kind
 * to a transport code (NOT_FOUND, FORBIDDEN, CONFLICT, BAD_REQUEST,
 * TOO_MANY_REQUESTS). Messages are written for the person using the app.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: "NotFound" | "Forbidden" | "Conflict" | "Validation" | "RateLimited";
}

export class NotFoundError extends DomainError {
  readonly kind = "NotFound";
  constructor(what: string) {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = "Forbidden";
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A uniqueness clash; `field` names the input field the person must change. */
export class ConflictError extends DomainError {
  readonly kind = "Conflict";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that passed the schema but breaks a rule; fieldErrors point at fields. */
export class ValidationError extends DomainError {
  readonly kind = "Validation";
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class RateLimitedError extends DomainError {
  readonly kind = "RateLimited";
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitMessage(retryAfterSeconds));
    this.name = "RateLimitedError";
  }
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
