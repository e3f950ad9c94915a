import type { AnyProcedure } from "@trpc/server";

// Reads a procedure's zod input schema for the fields a caller can fill with
// text or with a date, so that tests reach every such field of every
// procedure, those added later included. Inputs are flat objects (a test
// below fails if one is not).

type Def = { type: string; innerType?: unknown; in?: unknown; shape?: Record<string, unknown> };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Wrappers that leave the value's own type as it is. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "nonoptional", "catch"]);

/** The schema a value first meets: past optional/default wrappers, and the input side of a pipe (trim → email). */
function innermost(schema: unknown): Def {
  let def = defOf(schema);
  for (;;) {
    if (WRAPPERS.has(def.type)) def = defOf(def.innerType);
    else if (def.type === "pipe") def = defOf(def.in);
    else return def;
  }
}

export type InputFields = { object: boolean; text: string[]; dates: string[] };

export function inputFieldsOf(procedure: AnyProcedure): InputFields {
  const inputs = procedure._def.inputs as unknown[];
  if (inputs.length === 0) return { object: false, text: [], dates: [] };
  const input = innermost(inputs[0]);
  if (input.type !== "object" || !input.shape) return { object: false, text: [], dates: [] };
  const fields = Object.entries(input.shape).map(([name, schema]) => [name, innermost(schema).type] as const);
  return {
    object: inputs.length === 1,
    text: fields.filter(([, type]) => type === "string").map(([name]) => name),
    dates: fields.filter(([, type]) => type === "date").map(([name]) => name),
  };
}

/** Each input field's own type as zod names it ("string", "number", "boolean", "date", "enum", "array", "union", …), past wrappers. */
export function fieldTypesOf(procedure: AnyProcedure): Record<string, string> {
  const inputs = procedure._def.inputs as unknown[];
  if (inputs.length === 0) return {};
  const input = innermost(inputs[0]);
  if (input.type !== "object" || !input.shape) return {};
  return Object.fromEntries(Object.entries(input.shape).map(([name, schema]) => [name, innermost(schema).type]));
}
