import { initTRPC } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Context } from "./context";
import { errorCodeOf, fieldErrorsOf, publicMessage, retryAfterOf } from "./errors";
import { transformer } from "./transformer";

/**
 * The one tRPC instance. It lives apart from trpc.ts so that the middlewares
 * can be built on it (trpc.ts imports them: one module for both would be an
 * import cycle).
 */

/** Who may call a procedure; the contract test reads it from the meta. */
export type Access = "public" | "authed" | "admin";

/**
 * Every procedure states who may call it (`access`) and either its REST route
 * (`openapi`: served under /api/v1 and described in /api/openapi.json) or why
 * it has none (`internal`); a test fails when a procedure has neither.
 */
export type Meta = OpenApiMeta<{
  /** Set by the procedure bases in trpc.ts (public, authed, admin); optional here only so that `.meta({ openapi })` can add to it. */
  access?: Access;
  internal?: string;
}>;

export const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    // Nothing internal reaches the client: no stack, no driver messages.
    errorFormatter({ shape, error }) {
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        message: publicMessage(error, shape.message),
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          fieldErrors: internal ? undefined : fieldErrorsOf(error.cause),
          retryAfterSeconds: retryAfterOf(error.cause),
          ...(internal ? {} : errorCodeOf(error.cause)),
        },
      };
    },
  });
