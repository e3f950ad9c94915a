import type { AnyProcedure } from "@trpc/server";
import { z } from "zod";
import { inputShape } from "./input";
import { restRoutes } from "./routes";

// zod-openapi writes a z.date() as a bare `{ type: "string" }`, so a client
// generated from the document would see text where there is an instant. It
// takes no option for that through trpc-to-openapi's generator, and `.meta()`
// on the domain's shared input schemas would put OpenAPI into the domain; so
// the document is walked alongside each operation's zod schemas instead, and
// every string that stands for a z.date() gets `format: date-time` (inputs
// and outputs alike: the REST edge reads ISO 8601 and answers in it).

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};
type Parameter = { in: string; name: string; schema?: JsonSchema };
type MediaTypes = Record<string, { schema?: JsonSchema }>;
type Operation = { parameters?: Parameter[]; requestBody?: { content?: MediaTypes }; responses?: Record<string, { content?: MediaTypes }> };
type Document = { paths?: Record<string, unknown>; components?: { schemas?: Record<string, unknown> } };
type Io = "input" | "output";

/** Adds `format: date-time` to every date of every operation, in place (the document is freshly generated). */
export function addDateFormats(document: Document, procedures: Record<string, AnyProcedure>): void {
  const walker = new DateWalker(document);
  for (const route of restRoutes(procedures)) {
    const operation = (document.paths?.[route.template] as Record<string, Operation> | undefined)?.[route.method.toLowerCase()];
    if (!operation) continue;
    const procedure = procedures[route.procedurePath]!;
    const input = procedure._def.inputs[0] as z.ZodType | undefined;
    const shape = inputShape(input) ?? {};
    for (const parameter of operation.parameters ?? []) {
      const field = shape[parameter.name];
      if (field) walker.mark(parameter.schema, field, "input");
    }
    for (const media of Object.values(operation.requestBody?.content ?? {})) if (input) walker.mark(media.schema, input, "input");
    const output = (procedure._def as { output?: z.ZodType }).output;
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!status.startsWith("2") || !output) continue;
      for (const media of Object.values(response.content ?? {})) walker.mark(media.schema, output, "output");
    }
  }
}

class DateWalker {
  private readonly visited = new Set<JsonSchema>();
  constructor(private readonly document: Document) {}

  mark(json: JsonSchema | undefined, schema: z.ZodType, io: Io): void {
    if (!json) return;
    if (json.$ref) {
      const target = this.resolve(json.$ref);
      // A component is shared by every operation that refers to it: walk it once.
      if (target && !this.visited.has(target)) {
        this.visited.add(target);
        this.mark(target, schema, io);
      }
      return;
    }
    const inner = unwrap(schema, io);
    const branches = json.anyOf ?? json.oneOf ?? json.allOf;
    if (branches) {
      // A union's branches follow its options; a nullable's are the value and null.
      branches.forEach((branch, index) => this.mark(branch, inner instanceof z.ZodUnion ? (inner.options[index] as z.ZodType | undefined) ?? inner : inner, io));
    }
    if (inner instanceof z.ZodDate && json.type === "string") json.format = "date-time";
    if (inner instanceof z.ZodObject && json.properties) {
      for (const [key, field] of Object.entries<z.ZodType>(inner.shape)) this.mark(json.properties[key], field, io);
    }
    if (inner instanceof z.ZodArray) this.mark(json.items, inner.element as z.ZodType, io);
    if (inner instanceof z.ZodRecord && typeof json.additionalProperties === "object") this.mark(json.additionalProperties, inner.valueType as z.ZodType, io);
  }

  private resolve(ref: string): JsonSchema | undefined {
    const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
    return name ? (this.document.components?.schemas?.[decodeURIComponent(name)] as JsonSchema | undefined) : undefined;
  }
}

/** The schema under the wrappers that do not change what JSON carries. */
function unwrap(schema: z.ZodType, io: Io): z.ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly ||
      current instanceof z.ZodNonOptional ||
      current instanceof z.ZodCatch
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = (io === "input" ? current.in : current.out) as z.ZodType;
    } else {
      return current;
    }
  }
}
