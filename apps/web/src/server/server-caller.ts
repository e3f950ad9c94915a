import { cache } from "react";
import { serverCaller as callerFor } from "@planner/api/server";
import { auth } from "./auth";
import { sessionClaims } from "./session-claims";

/** A tRPC caller for server components, acting as the visitor. */
export const serverCaller = cache(async () => {
  // auth() first: it reads the request's cookies, which also marks the page dynamic.
  const session = sessionClaims(await auth());
  return callerFor(session);
});
