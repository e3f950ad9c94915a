import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { createCaller, createContext } from "@planner/api";
import { getDatabase } from "@planner/db";
import { auth } from "./auth";
import { sessionClaims } from "./session-claims";


/** A tRPC caller for server components, acting as the visitor. */
export const serverCaller = cache(async () => {
  // auth() first: it reads the request's cookies, which also marks the page dynamic.
  const session = sessionClaims(await auth());
  return createCaller(createContext({ db: await getDatabase(), session }));
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
