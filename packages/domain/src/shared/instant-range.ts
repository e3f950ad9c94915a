// Every date an input carries must lie in a span that the database, the
// transport and the calendars all handle alike. JavaScript's Date reaches
// ±273,790 years; PostgreSQL's timestamptz stops at 4713 BC and stores
// 275760 AD but the driver reads it back as an invalid date. No planner
// needs either, so the schemas keep to 1900–2200 (UTC) and say so.

export const EARLIEST_INSTANT = new Date("1900-01-01T00:00:00.000Z");
export const LATEST_INSTANT = new Date("2200-12-31T23:59:59.999Z");
export const INSTANT_RANGE_MESSAGE = "Choose a date between 1 January 1900 and 31 December 2200.";

export function isInstantInRange(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST_INSTANT.getTime() && time <= LATEST_INSTANT.getTime();
}
