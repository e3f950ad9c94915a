import { passwordLinkInput, requestPasswordResetInput, resetPasswordInput, signUpInput } from "@planner/domain";
import { getMe, signUp } from "../services/auth-service";
import { checkPasswordLink, requestPasswordReset, resetPassword } from "../services/recovery-service";
import { authedProcedure, publicProcedure } from "../trpc";

// Log-in and log-out go through next-auth (apps/web/src/server/auth.ts), which
// calls logIn() from the same service.
export const authRouter = {
  signUp: publicProcedure.input(signUpInput).mutation(({ ctx, input }) => signUp(ctx.db, input, { clientIp: ctx.clientIp, now: ctx.now() })),
  me: authedProcedure.query(({ ctx }) => getMe(ctx.db, ctx.actor)),
  /** "Forgot password": the same answer whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, ctx.mailer, input, { clientIp: ctx.clientIp, now: ctx.now() })),
  /** Whose a password link is and until when, or that it no longer works. */
  passwordLink: publicProcedure
    .input(passwordLinkInput)
    .query(({ ctx, input }) => checkPasswordLink(ctx.db, input.token, { clientIp: ctx.clientIp, now: ctx.now() })),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input, { clientIp: ctx.clientIp, now: ctx.now() })),
};
