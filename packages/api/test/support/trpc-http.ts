import superjson from "superjson";
import type { TestDatabase } from "@planner/db/testing";
import { createContext } from "../../src/context";
import { handleTrpcRequest } from "../../src/http-handler";
import type { TestAccount } from "../helpers";

// Requests to the real tRPC HTTP handler (the one /api/trpc serves), built by
// hand so that a test can send what no tRPC client would: a body of `null`,
// broken JSON, a batch of hundreds.

export type ErrorJson = {
  message: string;
  data: { code: string; httpStatus: number; fieldErrors?: Record<string, string[]>; errorCode?: string; errorParams?: Record<string, string | number>; fieldErrorCodes?: Record<string, string> };
};
/** One call's answer, as superjson's envelope: `{ result: { data: { json } } }` or `{ error: { json } }`. */
export type CallAnswer = { result?: { data: { json: unknown } }; error?: { json: ErrorJson } };

export type RawRequest = {
  /** One path, or several for a batch. */
  paths: string[];
  /** Queries go as GET (the input in the URL), mutations as POST (the input as the body). */
  type: "query" | "mutation";
  /** The input exactly as sent: JSON text, or not even that. Undefined: no input at all. */
  raw?: string;
  batch?: boolean;
  account: TestAccount | null;
};

/** superjson's envelope of an input, as the web client sends it. */
export const envelope = (input: unknown) => JSON.stringify(superjson.serialize(input));

/** A batch's inputs, keyed by position. */
export const batchOf = (inputs: unknown[]) => JSON.stringify(Object.fromEntries(inputs.map((input, index) => [index, superjson.serialize(input)])));

export async function sendRaw(db: TestDatabase, request: RawRequest): Promise<{ status: number; body: CallAnswer | CallAnswer[] }> {
  const url = new URL(`http://planner.test/api/trpc/${request.paths.join(",")}`);
  if (request.batch ?? request.paths.length > 1) url.searchParams.set("batch", "1");
  const post = request.type === "mutation";
  if (!post && request.raw !== undefined) url.searchParams.set("input", request.raw);
  const response = await handleTrpcRequest(
    new Request(url, { method: post ? "POST" : "GET", headers: { "content-type": "application/json" }, body: post ? request.raw : undefined }),
    { bearer: null, hasSessionCookie: request.account !== undefined },
    () => Promise.resolve(createContext({ db, session: request.account?.session ?? null })),
  );
  return { status: response.status, body: (await response.json()) as CallAnswer | CallAnswer[] };
}

/** One call's refusal, or a failed assertion's worth of detail when it was not refused. */
export function errorOf(body: CallAnswer | CallAnswer[]): ErrorJson {
  const answer = Array.isArray(body) ? undefined : body.error?.json;
  if (!answer) throw new Error(`expected one error, got ${JSON.stringify(body)}`);
  return answer;
}
