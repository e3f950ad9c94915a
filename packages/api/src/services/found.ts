import { NotFoundError, type ErrorCode } from "@planner/domain";

/**
 * The row, or NOT_FOUND naming what was asked for. Repositories answer null
 * both for a missing row and for one the caller may not see, so the answer
 * reveals nothing about other people's data.
 */
export function found<T>(value: T | null, what: string, code: ErrorCode = "notFound"): T {
  if (value === null) throw new NotFoundError(what, code);
  return value;
}
