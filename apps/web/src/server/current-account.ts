import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { serverCaller as callerFor } from "@planner/api/server";
import { auth } from "./auth";
import { sessionClaims } from "./session-claims";

/** A tRPC caller for server components, acting as the visitor. */
export const serverCaller = cache(async () => {
  // auth() first: it reads the request's cookies, which also marks the page dynamic.
  const session = sessionClaims(await auth());
  return callerFor(session);
});

/**
 * The logged-in account, or null when there is no session or it no longer
 * holds (account deleted, password changed elsewhere). Checked against the
 * database, unlike the cookie alone.
 */
export const currentAccount = cache(async () => {
  try {
    return await (await serverCaller()).auth.me();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "NOT_FOUND")) return null;
    throw error;
  }
});
