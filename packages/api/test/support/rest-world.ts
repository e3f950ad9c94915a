import type { AnyProcedure } from "@trpc/server";
import type { TestDatabase } from "@planner/db/testing";
import { PERSONAL_TOKEN_PREFIX, type ApiTokenScope } from "@planner/domain";
import { restRoutes, type RestRoute } from "../../src/rest/routes";
import { appRouter } from "../../src/root";
import { newSecret } from "../../src/tokens/secrets";
import type { Meta } from "../../src/trpc";
import { PASSWORD } from "../helpers";
import { buildWorld, clock, type ActorName, type Outcome, type World } from "../procedure-table";
import { sendRest } from "./rest-http";

// The procedure table's world with bearer tokens, and the table's inputs as
// REST requests, for the tests that walk every REST route. The routes come
// from the router's openapi meta, so routes added later are walked too.

// At run time _def.procedures is flat ("schedule.byId"); its static type is nested.
export const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
export const routes: RestRoute[] = restRoutes(procedures);

/** Who calls a REST route: nobody, or someone with a bearer token of one kind or another. */
export const REST_ACTORS = ["anonymous", "ownerRead", "ownerReadWrite", "ownerAccess", "otherUser", "subscriberWithGrant", "subscriberWithoutGrant", "admin"] as const;
export type RestActor = (typeof REST_ACTORS)[number];
export type TokenActor = Exclude<RestActor, "anonymous">;

/** The procedure table's actor each REST actor is (the owner has three tokens). */
export const TABLE_ACTOR: Record<RestActor, ActorName> = {
  anonymous: "anonymous",
  ownerRead: "owner",
  ownerReadWrite: "owner",
  ownerAccess: "owner",
  otherUser: "otherUser",
  subscriberWithGrant: "subscriberWithGrant",
  subscriberWithoutGrant: "subscriberWithoutGrant",
  admin: "admin",
};

/** Personal tokens: read-only for the owner's first and the subscribers' (they can only have those). */
const PERSONAL: Record<Exclude<TokenActor, "ownerAccess">, ApiTokenScope> = {
  ownerRead: "READ",
  ownerReadWrite: "READ_WRITE",
  otherUser: "READ_WRITE",
  subscriberWithGrant: "READ",
  subscriberWithoutGrant: "READ",
  admin: "READ_WRITE",
};

export const isReadOnly = (actor: RestActor) => actor !== "anonymous" && actor !== "ownerAccess" && PERSONAL[actor] === "READ";

export type RestWorld = World & {
  /** Each actor's bearer secret; the owner's access token comes from the password grant. */
  tokens: Record<TokenActor, string>;
  ownerRefreshToken: string;
};

export async function personalToken(db: TestDatabase, userId: string, scope: ApiTokenScope, expiresAt: Date | null = null): Promise<{ id: string; secret: string }> {
  const { secret, stored } = newSecret(PERSONAL_TOKEN_PREFIX);
  const token = await db.apiTokens.createPersonal({ userId, name: `${scope} script`, scope, secret: stored, now: clock, expiresAt });
  return { id: token.id, secret };
}

type Tokens = { access_token: string; refresh_token: string };

/** The owner logs a program in with the password grant at `now`. */
export async function passwordGrant(db: TestDatabase, username: string, now: () => Date): Promise<Tokens> {
  const answer = await sendRest<Tokens>(db, { method: "POST", path: "/auth/token", body: { grant_type: "password", username, password: PASSWORD }, now });
  if (answer.status !== 200) throw new Error(`password grant: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

export async function buildRestWorld(db: TestDatabase): Promise<RestWorld> {
  const world = await buildWorld(db);
  const personal = {} as Record<Exclude<TokenActor, "ownerAccess">, string>;
  for (const [actor, scope] of Object.entries(PERSONAL) as [keyof typeof PERSONAL, ApiTokenScope][]) {
    personal[actor] = (await personalToken(db, world.accounts[TABLE_ACTOR[actor] as Exclude<ActorName, "anonymous">].id, scope)).secret;
  }
  const grant = await passwordGrant(db, world.accounts.owner.username, () => clock);
  // Used "just now": a token's first use in a minute records itself, which would read as a change.
  await db.prisma.apiToken.updateMany({ data: { lastUsedAt: clock } });
  return { ...world, tokens: { ...personal, ownerAccess: grant.access_token }, ownerRefreshToken: grant.refresh_token };
}

export const isPublic = (route: RestRoute) => (procedures[route.procedurePath]!._def.meta as Meta | undefined)?.access === "public";

/** The HTTP status each outcome of the table is over REST. */
export const STATUS: Record<Outcome, number> = { OK: 200, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_REQUEST: 400 };

function queryValue(value: unknown): string[] {
  if (value === undefined) return [];
  if (value instanceof Date) return [value.toISOString()];
  if (Array.isArray(value)) return value.flatMap(queryValue);
  if (typeof value === "string") return [value];
  if (typeof value === "number" || typeof value === "boolean" || value === null) return [String(value)];
  throw new Error(`no query-string form for ${JSON.stringify(value)}`);
}

/**
 * A procedure's input as a REST request to its route: path parameters from
 * the input, the rest as the query string (GET, DELETE; dates as ISO 8601) or
 * as the JSON body.
 */
export function restRequestOf(route: RestRoute, input: unknown): { method: string; path: string; body?: unknown } {
  const fields: Record<string, unknown> = input !== null && typeof input === "object" ? { ...(input as Record<string, unknown>) } : {};
  const path = route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = fields[name];
    delete fields[name];
    return encodeURIComponent(String(value));
  });
  if (route.method === "GET" || route.method === "DELETE") {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) for (const text of queryValue(value)) query.append(key, text);
    const search = query.toString();
    return { method: route.method, path: search ? `${path}?${search}` : path };
  }
  return { method: route.method, path, body: input === undefined ? undefined : fields };
}

export type ErrorBody = { error: { code: string; message: string; reason?: string; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number } };

const ERROR_KEYS = new Set(["code", "message", "reason", "fieldErrors", "retryAfterSeconds"]);

/** Whether a body is exactly the one REST error shape (error-body.ts), and names the code of `status`. */
export function errorShapeProblems(body: unknown, status: number): string[] {
  const problems: string[] = [];
  if (body === null || typeof body !== "object" || Array.isArray(body)) return [`not an object: ${JSON.stringify(body)}`];
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== "error") problems.push(`keys ${keys.join(",")}`);
  const error = (body as { error?: unknown }).error as Record<string, unknown> | undefined;
  if (!error || typeof error !== "object") return [...problems, "no error object"];
  for (const key of Object.keys(error)) if (!ERROR_KEYS.has(key)) problems.push(`unknown key ${key}`);
  if (typeof error.code !== "string") problems.push("code is not text");
  if (typeof error.message !== "string" || error.message.length === 0) problems.push("no message");
  if (error.reason !== undefined && typeof error.reason !== "string") problems.push("reason is not text");
  if (error.fieldErrors !== undefined) {
    const fieldErrors = error.fieldErrors as Record<string, unknown>;
    if (typeof fieldErrors !== "object" || fieldErrors === null || Object.values(fieldErrors).some((list) => !Array.isArray(list) || list.some((item) => typeof item !== "string"))) {
      problems.push("fieldErrors is not text lists by field");
    }
  }
  const codeStatus: Record<string, number> = {
    BAD_REQUEST: 400,
    UNAUTHORIZED: 401,
    FORBIDDEN: 403,
    NOT_FOUND: 404,
    METHOD_NOT_SUPPORTED: 405,
    CONFLICT: 409,
    PAYLOAD_TOO_LARGE: 413,
    UNSUPPORTED_MEDIA_TYPE: 415,
    TOO_MANY_REQUESTS: 429,
  };
  if (codeStatus[error.code as string] !== status) problems.push(`code ${String(error.code)} with status ${status}`);
  return problems;
}
