import { passwordLinkInput, requestPasswordResetInput, resetPasswordInput, revokeTokenInput, signUpInput, tokenGrantInput } from "@planner/domain";
import { meOutput, signedUpOutput } from "../outputs/account";
import { revokedOutput, tokenInfoOutput, tokenResponseOutput } from "../outputs/tokens";
import { signUp } from "../services/auth-service";
import { getMe } from "../services/me-service";
import { checkPasswordLink, requestPasswordReset, resetPassword } from "../services/recovery-service";
import { grantTokens, revokeToken, verifyCredential } from "../services/token-grant-service";
import { authedProcedure, publicProcedure } from "../trpc";

const tags = ["auth"];

// The browser's log-in and log-out go through next-auth
// (apps/web/src/server/auth.ts), which calls logIn() from the same service;
// programs log in with `token` below.
export const authRouter = {
  signUp: publicProcedure
    .meta({ openapi: { method: "POST", path: "/auth/signup", tags, protect: false, summary: "Create an account" } })
    .input(signUpInput)
    .output(signedUpOutput)
    .mutation(({ ctx, input }) => signUp(ctx.db, input, { clientIp: ctx.clientIp, now: ctx.now() })),
  me: authedProcedure
    .meta({ openapi: { method: "GET", path: "/auth/me", tags, summary: "The caller's account" } })
    .output(meOutput)
    .query(({ ctx }) => getMe(ctx.db, ctx.actor)),
  /** OAuth 2 password and refresh grants for programs (form or JSON body). */
  token: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/token",
        tags,
        protect: false,
        contentTypes: ["application/x-www-form-urlencoded", "application/json"],
        summary: "Log in a program: get an access and a refresh token",
        description:
          "grant_type=password with username (or e-mail), password and, for an account with two-step log-in, code; or grant_type=refresh_token with refresh_token, which is spent: a refresh token used twice ends its whole session. Access tokens last 15 minutes. Throttled like the log-in page.",
      },
    })
    .input(tokenGrantInput)
    .output(tokenResponseOutput)
    .mutation(({ ctx, input }) => grantTokens(ctx.db, input, { clientIp: ctx.clientIp, userAgent: ctx.userAgent, now: ctx.now() })),
  revoke: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/revoke",
        tags,
        protect: false,
        contentTypes: ["application/x-www-form-urlencoded", "application/json"],
        summary: "Revoke a token",
        description: "An access or refresh token ends its whole session; a personal token is deleted. The answer is the same for an unknown token (RFC 7009).",
      },
    })
    .input(revokeTokenInput)
    .output(revokedOutput)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, input)),
  verify: authedProcedure
    .meta({ openapi: { method: "GET", path: "/auth/verify", tags, summary: "Whose token this is, its scope and when it expires" } })
    .output(tokenInfoOutput)
    .query(({ ctx }) => verifyCredential(ctx.db, ctx)),
  /** "Forgot password": the same answer whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .meta({ internal: "The forgot-password page: mails a link that only the page can use." })
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx.db, ctx.mailer, input, { clientIp: ctx.clientIp, now: ctx.now() })),
  /** Whose a password link is and until when, or that it no longer works. */
  passwordLink: publicProcedure
    .meta({ internal: "The reset-password page reads its link before showing the form." })
    .input(passwordLinkInput)
    .query(({ ctx, input }) => checkPasswordLink(ctx.db, input.token, { clientIp: ctx.clientIp, now: ctx.now() })),
  resetPassword: publicProcedure
    .meta({ internal: "The reset-password page: sets a password with an e-mailed or admin-made link." })
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, input, { clientIp: ctx.clientIp, now: ctx.now() })),
};
