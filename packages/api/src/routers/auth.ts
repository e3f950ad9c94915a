import { signUpInput } from "@planner/domain";
import { getMe, signUp } from "../services/auth-service";
import { authedProcedure, publicProcedure } from "../trpc";

// Log-in and log-out go through next-auth (apps/web/src/server/auth.ts), which
// calls logIn() from the same service.
export const authRouter = {
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input, { clientIp: ctx.clientIp, now: ctx.now() })),
  me: authedProcedure.query(({ ctx }) => getMe(ctx.db, ctx.actor)),
};
