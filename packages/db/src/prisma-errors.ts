/**
 * Which fields a unique-constraint violation (Prisma P2002) concerns, or null
 * when the error is something else. With driver adapters Prisma 7 reports the
 * fields under meta.driverAdapterError; the native engine used meta.target.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (!isRecord(error) || error.code !== "P2002") return null;
  const meta = isRecord(error.meta) ? error.meta : {};
  const target = meta.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  const cause = isRecord(meta.driverAdapterError) && isRecord(meta.driverAdapterError.cause) ? meta.driverAdapterError.cause : {};
  const constraint = isRecord(cause.constraint) ? cause.constraint : {};
  if (Array.isArray(constraint.fields)) return constraint.fields.map((field) => String(field).replaceAll('"', ""));
  if (typeof constraint.index === "string") return [constraint.index];
  return [];
}

/** A unique key clashed: P2002 from Prisma's own queries, P2010 (raw query failed) with the driver's UniqueConstraintViolation from raw SQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (!isRecord(error)) return false;
  if (error.code === "P2002") return true;
  const meta = isRecord(error.meta) ? error.meta : {};
  const cause = isRecord(meta.driverAdapterError) && isRecord(meta.driverAdapterError.cause) ? meta.driverAdapterError.cause : {};
  return error.code === "P2010" && cause.kind === "UniqueConstraintViolation";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Prisma P2025: the row an update or delete addressed does not exist (or is not the caller's). */
export function isRecordNotFound(error: unknown): boolean {
  return isRecord(error) && error.code === "P2025";
}

/** For `.catch()` on an update or delete: a missing row becomes null, anything else is rethrown. */
export function nullIfNotFound(error: unknown): null {
  if (isRecordNotFound(error)) return null;
  throw error;
}

/** For `.catch()` on an insert: a row it refers to (Prisma P2003, a foreign key) is gone, so false; anything else is rethrown. */
export function falseIfForeignKeyMissing(error: unknown): false {
  if (isRecord(error) && error.code === "P2003") return false;
  throw error;
}

/** A row a write refers to (a foreign key) is gone: Prisma P2003, or the driver's ForeignKeyConstraintViolation from a transaction. */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!isRecord(error)) return false;
  if (error.code === "P2003") return true;
  const meta = isRecord(error.meta) ? error.meta : {};
  const cause = isRecord(meta.driverAdapterError) && isRecord(meta.driverAdapterError.cause) ? meta.driverAdapterError.cause : {};
  return cause.kind === "ForeignKeyConstraintViolation";
}

/** For `.catch()` on a write whose references the service checked just before: one deleted meanwhile. */
export function referenceGoneIfForeignKey(error: unknown): "referenceGone" {
  if (isForeignKeyViolation(error)) return "referenceGone";
  throw error;
}
