import { toClientError } from "../errors";
import { t } from "../trpc-core";

/** The one place domain errors, input errors and unique violations become tRPC errors the client can show. */
export const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toClientError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});
