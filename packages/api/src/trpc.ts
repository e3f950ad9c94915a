import { TRPCError } from "@trpc/server";
import { mapDomainErrors } from "./middlewares/map-domain-errors";
import { requireAdmin, requireSession } from "./middlewares/require-session";
import { t } from "./trpc-core";

export type { Access, Meta } from "./trpc-core";

// 1. Routers and callers, from the one instance in trpc-core.ts.
export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

// 2. Procedures: every one maps domain errors, states who may call it (the
// contract test reads `access`) and checks exactly that.
const baseProcedure = t.procedure.use(mapDomainErrors);

export const publicProcedure = baseProcedure.meta({ access: "public" });
export const authedProcedure = baseProcedure.meta({ access: "authed" }).use(requireSession);
export const adminProcedure = baseProcedure.meta({ access: "admin" }).use(requireAdmin);

export { TRPCError };
