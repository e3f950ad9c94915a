import { initTRPC } from "@trpc/server";
import type { Context } from "../context";
import { toClientError } from "../errors";

const t = initTRPC.context<Context>().create();

/** The one place domain errors and unique violations become tRPC codes. */
export const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toClientError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});
