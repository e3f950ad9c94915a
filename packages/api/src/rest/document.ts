import type { AnyProcedure } from "@trpc/server";
import { generateOpenApiDocument, type OpenApiRouter } from "trpc-to-openapi";
import { appRouter } from "../root";
import { addDateFormats } from "./date-formats";
import { REST_ENDPOINT } from "./handler";

export type OpenApiDocument = ReturnType<typeof generateOpenApiDocument>;
type Components = NonNullable<OpenApiDocument["components"]>;
type SchemaObject = NonNullable<Components["schemas"]>[string];
type ResponseObject = NonNullable<Components["responses"]>[string];
type Operation = { security?: Record<string, string[]>[]; responses: Record<string, unknown>; requestBody?: unknown };

/** The log-in cookie next-auth sets (the `__Secure-` name over HTTPS). */
const SESSION_COOKIE = "authjs.session-token";

const DESCRIPTION = `Everything the Planner pages do, for scripts and other apps.

**Authenticate** with a bearer token: a personal access token (Settings → API tokens, \`pln_…\`), or an access token from \`POST /auth/token\` (the OAuth 2 password grant; \`pla_…\`, 15 minutes, renewed with its refresh token). A read-only token may only read. The app's own pages use the log-in cookie instead.

**Dates** are ISO 8601 strings (UTC in answers). **Errors** all have one shape, \`{ "error": { "code", "message", "reason"?, "fieldErrors"? } }\`, with the HTTP status of \`code\`; 429 answers carry \`Retry-After\`. Each token may make a limited number of requests a minute (600 unless the server says otherwise).`;

/** The error responses every operation may give, with the tRPC code each stands for. */
const ERROR_RESPONSES: Record<string, { code: string; description: string; protectedOnly?: boolean }> = {
  "400": { code: "BAD_REQUEST", description: "The input was refused: `message` names the first problem, `fieldErrors` every field's." },
  "401": { code: "UNAUTHORIZED", description: "No credential, or one that is unknown, expired or revoked.", protectedOnly: true },
  "403": { code: "FORBIDDEN", description: "The caller may not do this (their role, a read-only token, another's data)." },
  "404": { code: "NOT_FOUND", description: "No such thing, or not one the caller may see." },
  "409": { code: "CONFLICT", description: "It clashes with what is there (a username or e-mail taken)." },
  "429": { code: "TOO_MANY_REQUESTS", description: "Too many requests or attempts: wait `Retry-After` seconds." },
  "500": { code: "INTERNAL_SERVER_ERROR", description: "Something went wrong on the server; nothing internal is shown." },
};

const errorSchema: SchemaObject = {
  type: "object",
  required: ["error"],
  additionalProperties: false,
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      additionalProperties: false,
      properties: {
        code: { type: "string", description: "The tRPC code; the HTTP status follows from it.", examples: ["BAD_REQUEST"] },
        message: { type: "string", description: "One sentence: what went wrong and what to do.", examples: ["Title: Give the schedule a title."] },
        reason: { type: "string", description: "A stable reason, for a client's own wording.", examples: ["scheduleNotFound"] },
        fieldErrors: {
          type: "object",
          description: "Messages by input field.",
          additionalProperties: { type: "array", items: { type: "string" } },
          examples: [{ title: ["Give the schedule a title."] }],
        },
        retryAfterSeconds: { type: "integer", description: "On 429: seconds to wait." },
      },
    },
  },
};

/** The operations' tags, in the order a reader meets them; each operation's meta names one. */
const TAGS: { name: string; description: string }[] = [
  { name: "auth", description: "Sign up, and log a program in: tokens from the password grant, revoking and checking them." },
  { name: "account", description: "The caller's own account: profile and settings, password, log-ins, personal access tokens." },
  { name: "todos", description: "The caller's todo list: views, due dates, priorities, subtasks and the manual order." },
  { name: "projects", description: "The caller's projects: named, coloured lists of todos (todos with none are in the Inbox)." },
  { name: "labels", description: "The caller's labels, which tag todos across projects." },
  { name: "schedules", description: "The caller's calendar, and the calendars shared with them (read-only)." },
  { name: "search", description: "Finding text in the caller's own schedules and todos." },
  { name: "notifications", description: "Reminders and other notices for the caller, and marking them read." },
  { name: "shares", description: "Sharing the caller's calendar with subscriber accounts, and what is shared with a subscriber." },
  { name: "admin", description: "Every account and everyone's data; admins only." },
];

let cached: OpenApiDocument | null = null;

/** GET /api/openapi.json: OpenAPI 3.1, generated once per process from the procedures' meta and zod schemas. */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildDocument();
  return cached;
}

function buildDocument(): OpenApiDocument {
  // The meta type has fields of our own (access, internal): cast once for the generator.
  const router = appRouter as unknown as OpenApiRouter;
  const document = generateOpenApiDocument(router, {
    title: "Planner API",
    version: "1.0.0",
    description: DESCRIPTION,
    baseUrl: REST_ENDPOINT,
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "A personal access token (pln_…) or an access token from POST /auth/token (pla_…)." },
      cookie: { type: "apiKey", in: "cookie", name: SESSION_COOKIE, description: "The log-in cookie of the app's own pages (`__Secure-authjs.session-token` over HTTPS)." },
    },
  });
  addDateFormats(document, appRouter._def.procedures as unknown as Record<string, AnyProcedure>);
  return { ...withOurErrors(document), tags: TAGS };
}

/**
 * The generator describes errors in trpc-to-openapi's own shape; ours is
 * `{ error: { code, message, … } }` (error-body.ts). Every operation gets the
 * same set of error responses, all pointing at the one Error schema.
 */
function withOurErrors(document: OpenApiDocument): OpenApiDocument {
  const schemas = { ...(document.components?.schemas ?? {}) };
  for (const name of Object.keys(schemas)) if (name.startsWith("error.")) delete schemas[name];
  schemas.Error = errorSchema;
  const responses = Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([status, { description }]): [string, ResponseObject] => [
      `Error${status}`,
      {
        description,
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        ...(status === "429" ? { headers: { "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer" } } } } : {}),
      },
    ]),
  );
  for (const pathItem of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(pathItem as Record<string, Operation>)) {
      const isProtected = operation.security !== undefined;
      // Either credential will do; an empty list says outright that none is needed.
      operation.security = isProtected ? [{ bearer: [] }, { cookie: [] }] : [];
      const success = Object.fromEntries(Object.entries(operation.responses).filter(([status]) => status.startsWith("2")));
      const errors = Object.entries(ERROR_RESPONSES)
        .filter(([, response]) => isProtected || !response.protectedOnly)
        .map(([status]): [string, { $ref: string }] => [status, { $ref: `#/components/responses/Error${status}` }]);
      operation.responses = { ...success, ...Object.fromEntries(errors) };
    }
  }
  return { ...document, components: { ...document.components, schemas, responses } };
}
