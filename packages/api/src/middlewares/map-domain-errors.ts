import { toClientError, unreadableBodyError } from "../errors";
import { t } from "../trpc-core";

/** The one place domain errors, input errors, unreadable bodies and unique violations become tRPC errors the client can show. */
export const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toClientError(result.error.cause) ?? unreadableBodyError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});
