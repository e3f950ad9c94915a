import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Maps `values` a slice at a time, giving the event loop a turn between slices
 * (other requests, timers). For CPU work over big inputs (a 10,000-event
 * calendar file) that would otherwise hold the server for seconds at once.
 */
export async function mapInSlices<T, R>(values: readonly T[], size: number, map: (value: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (let at = 0; at < values.length; at += size) {
    if (at > 0) await nextTurn();
    for (const value of values.slice(at, at + size)) results.push(map(value));
  }
  return results;
}
