/**
 * A timestamp column of a raw query as a Date. Prisma hands back Dates; kept as
 * they are rather than copied: `new Date(...)` runs through Next's own Date
 * wrapper in the server and showed in the month request's profile.
 */
export function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
