import { isValid, parseISO } from "date-fns";
import { z } from "zod";

// The REST edge reads inputs from a query string, a form or JSON, where dates
// are ISO 8601 strings (and, in a query string or form, numbers and booleans
// are text). This turns such values into what the procedure's own schema
// takes, field by field, by looking at that schema, and leaves everything
// else untouched for the schema to refuse with its own message. Written here
// rather than left to trpc-to-openapi's handler, which coerces by switching
// zod's `coerce` on in the shared schemas themselves (so the tRPC endpoint
// would start coercing too, and "false" would become true) and takes only
// JSON bodies.

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Source = "json" | "text";

/** The schema under optional/default/nullable wrappers, and what a transform (a pipe) takes in. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable || current instanceof z.ZodPrefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

/** The object shape a procedure's input schema has, if it is an object. */
export function inputShape(schema: unknown): Record<string, z.ZodType> | null {
  if (!(schema instanceof z.ZodType)) return null;
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape) : null;
}

function convert(value: unknown, schema: z.ZodType, source: Source): unknown {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodDate && typeof value === "string" && ISO_DATE_TIME.test(value)) {
    // `new Date` quietly moves an impossible date on ("2026-02-30" becomes 2 March);
    // date-fns checks the calendar. Left a string, it is refused by the schema.
    if (!isValid(parseISO(value))) return value;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  if (source === "text" && typeof value === "string") {
    if (inner instanceof z.ZodNumber && DECIMAL.test(value)) return Number(value);
    if (inner instanceof z.ZodBoolean && (value === "true" || value === "false")) return value === "true";
    if (inner instanceof z.ZodNull && value === "null") return null;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => convert(item, inner.element as z.ZodType, source));
  if (inner instanceof z.ZodObject && isRecord(value)) return convertFields(value, inner.shape, source);
  return value;
}

function convertFields(values: Record<string, unknown>, shape: Record<string, z.ZodType>, source: Source): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = shape[key];
    out[key] = field ? convert(value, field, source) : value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A query string or form as an object: a key given once is a string, a key
 * given more than once an array (for array fields), an array field given
 * once still an array.
 */
export function textFields(params: URLSearchParams, shape: Record<string, z.ZodType> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const field = shape?.[key];
    const wantsArray = field !== undefined && unwrap(field) instanceof z.ZodArray;
    out[key] = wantsArray || values.length > 1 ? values : values[0];
  }
  return out;
}

/** The input as the procedure's schema takes it: REST values converted, path parameters added. */
export function procedureInput(
  schema: unknown,
  fields: unknown,
  source: Source,
  pathParams: Record<string, string>,
): unknown {
  const shape = inputShape(schema);
  const hasPathParams = Object.keys(pathParams).length > 0;
  if (!shape) return hasPathParams ? { ...(isRecord(fields) ? fields : {}), ...pathParams } : fields;
  if (fields === undefined && !hasPathParams) return undefined;
  // A body that is not an object (an array, a string) is left for the schema to refuse.
  if (fields !== undefined && !isRecord(fields)) return fields;
  return convertFields({ ...(fields ?? {}), ...pathParams }, shape, source);
}
