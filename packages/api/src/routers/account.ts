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
} from "@planner/domain";
import {
  changePassword,
  deleteOwnAccount,
  updateLocale,
  updateProfile,
  updateTheme,
  updateTimeZone,
  updateWeekStart,
} from "../services/account-service";
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
  deleteAccount: authedProcedure.input(deleteAccountInput).mutation(({ ctx, input }) => deleteOwnAccount(ctx.db, ctx.actor, input)),
};
