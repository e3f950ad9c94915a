import {
  changePasswordInput,
  confirmTwoFactorInput,
  deleteAccountInput,
  disableTwoFactorInput,
  updateLocaleInput,
  updateProfileInput,
  updateThemeInput,
  updateTimeZoneInput,
  updateWeekStartInput,
  sessionIdInput,
  apiTokenIdInput,
  createApiTokenInput,
} from "@planner/domain";
import { z } from "zod";
import {
  changePassword,
  deleteOwnAccount,
  updateLocale,
  updateProfile,
  updateTheme,
  updateTimeZone,
  updateWeekStart,
} from "../services/account-service";
import { apiTokenOutput, createdApiTokenOutput, revokedOutput } from "../outputs/tokens";
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from "../services/api-token-service";
import { endOtherSessions, endSession, listSessions } from "../services/session-service";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor, twoFactorStatus } from "../services/two-factor-service";
import { authedProcedure } from "../trpc";

/** The caller's own account: the settings page. */
export const accountRouter = {
  updateTimeZone: authedProcedure.input(updateTimeZoneInput).mutation(({ ctx, input }) => updateTimeZone(ctx.db, ctx.actor, input)),
  updateLocale: authedProcedure.input(updateLocaleInput).mutation(({ ctx, input }) => updateLocale(ctx.db, ctx.actor, input)),
  updateTheme: authedProcedure.input(updateThemeInput).mutation(({ ctx, input }) => updateTheme(ctx.db, ctx.actor, input)),
  updateWeekStart: authedProcedure.input(updateWeekStartInput).mutation(({ ctx, input }) => updateWeekStart(ctx.db, ctx.actor, input)),
  updateProfile: authedProcedure.input(updateProfileInput).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
  changePassword: authedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword(ctx.db, ctx.actor, input)),
  sessions: authedProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.actor, ctx.sessionId, ctx.now())),
  endSession: authedProcedure.input(sessionIdInput).mutation(({ ctx, input }) => endSession(ctx.db, ctx.actor, input.id)),
  endOtherSessions: authedProcedure.mutation(({ ctx }) => endOtherSessions(ctx.db, ctx.actor, ctx.sessionId)),
  twoFactor: {
    status: authedProcedure.query(({ ctx }) => twoFactorStatus(ctx.db, ctx.actor)),
    start: authedProcedure.mutation(({ ctx }) => startTwoFactor(ctx.db, ctx.actor)),
    confirm: authedProcedure.input(confirmTwoFactorInput).mutation(({ ctx, input }) => confirmTwoFactor(ctx.db, ctx.actor, input, ctx.now())),
    disable: authedProcedure.input(disableTwoFactorInput).mutation(({ ctx, input }) => disableTwoFactor(ctx.db, ctx.actor, input, ctx.now())),
  },
  /** Settings → API tokens: personal access tokens for scripts and other apps. */
  apiTokens: {
    list: authedProcedure
      .meta({ openapi: { method: "GET", path: "/account/tokens", tags: ["account"], summary: "Own personal access tokens", description: "Never their secrets." } })
      .output(z.array(apiTokenOutput))
      .query(({ ctx }) => listOwnApiTokens(ctx.db, ctx.actor)),
    create: authedProcedure
      .meta({ internal: "Made only in Settings, by a person logged in with their password: a token must not mint its own successors." })
      .input(createApiTokenInput)
      .output(createdApiTokenOutput)
      .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx, input, ctx.now())),
    revoke: authedProcedure
      .meta({ openapi: { method: "DELETE", path: "/account/tokens/{id}", tags: ["account"], summary: "Revoke one of your personal access tokens" } })
      .input(apiTokenIdInput)
      .output(revokedOutput)
      .mutation(({ ctx, input }) => revokeOwnApiToken(ctx.db, ctx.actor, input)),
  },
  deleteAccount: authedProcedure.input(deleteAccountInput).mutation(({ ctx, input }) => deleteOwnAccount(ctx.db, ctx.actor, input)),
};
