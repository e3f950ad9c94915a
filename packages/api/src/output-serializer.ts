import superjson from "superjson";

/**
 * superjson's output envelope for what our procedures return, written without
 * superjson's walker when it can be. The calendar's month (100 rows of ten
 * fields and four dates) took 16 % of the server's CPU in superjson.serialize
 * (its walker copies the tree, tests every value against every transformation
 * and tracks every object's identity), more than the database and the session
 * check together (pnpm bench:http, CPU profile). Our results are JSON made of
 * plain objects, arrays, strings, finite numbers, booleans, null and Dates:
 * for those the envelope is the value itself (JSON.stringify writes a Date as
 * its ISO string, as superjson does) plus one ["Date"] annotation per date, in
 * superjson's own path syntax. Anything else (undefined, Map, Set, BigInt, NaN,
 * -0, class instances, a cycle) goes to superjson untouched.
 *
 * The client reads both with superjson.deserialize and gets the same values. The
 * one difference: an object that appears twice in a result arrives as two equal
 * copies (superjson would make them one object again); nothing relies on that.
 * Written by hand because no library writes superjson's format faster; a test
 * checks it against superjson on every shape our routers return.
 */
export function serializeOutput(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean" || isPlainNumber(value)) return { json: value };
  if (typeof value !== "object" || !(Array.isArray(value) || isPlainObject(value))) return superjson.serialize(value);
  const dates: Record<string, ["Date"]> = {};
  if (!collectDates(value, "", dates, new Set())) return superjson.serialize(value);
  return Object.keys(dates).length > 0 ? { json: value, meta: { values: dates, v: 1 } } : { json: value };
}

/**
 * Walks a plain tree, noting each Date's path; false at the first value that
 * needs superjson. Plain recursive functions (no closure per object), and a
 * child's path is only spelled out when it is a date or a nested object: it
 * runs over every field of every result.
 */
function collectDates(node: object, path: string, dates: Record<string, ["Date"]>, ancestors: Set<object>): boolean {
  if (ancestors.has(node)) return false; // a cycle
  ancestors.add(node);
  const prefix = path === "" ? "" : `${path}.`;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) {
      if (!(i in node) || !visit(node[i], prefix, String(i), dates, ancestors)) return false;
    }
  } else {
    for (const key in node) {
      if (!Object.hasOwn(node, key) || UNSAFE_KEYS.has(key)) return false;
      if (!visit((node as Record<string, unknown>)[key], prefix, key, dates, ancestors)) return false;
    }
  }
  ancestors.delete(node);
  return true;
}

function visit(value: unknown, prefix: string, key: string, dates: Record<string, ["Date"]>, ancestors: Set<object>): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return isPlainNumber(value); // NaN, ±Infinity and -0 need superjson
  if (typeof value !== "object") return false; // undefined, bigint, symbol, function
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === DATE_PROTOTYPE) {
    if (Number.isNaN((value as Date).getTime())) return false;
    dates[prefix + escapeKey(key)] = ["Date"];
    return true;
  }
  if (prototype !== Object.prototype && prototype !== null && !Array.isArray(value)) return false;
  return collectDates(value, prefix + escapeKey(key), dates, ancestors);
}

const DATE_PROTOTYPE: unknown = Date.prototype;

// Keys superjson's reader refuses in a path.
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isPlainNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0);
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** superjson's path syntax: keys joined by ".", a "." or "\" inside a key escaped with "\". */
function escapeKey(key: string): string {
  return key.includes(".") || key.includes("\\") ? key.replace(/\\/g, "\\\\").replace(/\./g, "\\.") : key;
}
