import superjson from "superjson";
import { ValidationError } from "@planner/domain";
import { serializeOutput } from "./output-serializer";

// Every input arrives as superjson's envelope, {"json": …, "meta": …}. tRPC
// hands whatever JSON the body holds straight to the transformer, and
// superjson assumes the envelope: a body of `null` fails inside it with its
// own words ("Cannot destructure property 'json'…"), and a number or an array
// quietly reads as "no input". Checking the envelope first refuses both with
// one sentence.

export const NOT_AN_ENVELOPE_MESSAGE = 'The request is not in tRPC\'s form: send the input as a JSON object {"json": …}.';

const ENVELOPE_KEYS = new Set(["json", "meta"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEnvelope(value: unknown): value is { json?: unknown; meta?: unknown } {
  return isPlainObject(value) && Object.keys(value).every((key) => ENVELOPE_KEYS.has(key)) && (value.meta === undefined || isPlainObject(value.meta));
}

function deserializeInput(value: unknown): unknown {
  // A domain error, so that the error mapping gives it the usual shape and code (badRequest).
  const refusal = () => new ValidationError(NOT_AN_ENVELOPE_MESSAGE, {}, "badRequest");
  if (!isEnvelope(value)) throw refusal();
  try {
    return superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]);
  } catch {
    // Malformed annotations in `meta` (a value type superjson does not know, a bad path).
    throw refusal();
  }
}

/**
 * superjson both ways, with the request's envelope checked before it is read;
 * results are written in superjson's format by serializeOutput (the client
 * reads them with superjson).
 */
export const transformer = {
  input: { serialize: (value: unknown) => superjson.serialize(value), deserialize: deserializeInput },
  output: { serialize: serializeOutput, deserialize: (value: unknown) => superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]) },
};
