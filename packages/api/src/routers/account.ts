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
  updateReminderDefaultsInput,
  sessionIdInput,
  apiTokenIdInput,
  createApiTokenInput,
  providerInput,
  regenerateCalendarFeedInput,
  setPasswordInput,
  updateCalendarFeedInput,
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
  updateReminderDefaults,
} from "../services/account-service";
import {
  accountDeletedOutput,
  localeOutput,
  otherSessionsEndedOutput,
  passwordChangedOutput,
  sessionEndedOutput,
  sessionOutput,
  themeOutput,
  timeZoneOutput,
  twoFactorStatusOutput,
  userOutput,
  weekStartOutput,
  reminderDefaultsOutput,
} from "../outputs/account";
import { apiTokenOutput, createdApiTokenOutput, revokedOutput } from "../outputs/tokens";
import { calendarFeedStatusOutput, createdCalendarFeedOutput } from "../outputs/calendar-feed";
import { ownCalendarFeed, regenerateCalendarFeed, revokeCalendarFeed, updateCalendarFeed } from "../services/calendar-feed-service";
import { createApiToken, listOwnApiTokens, revokeOwnApiToken } from "../services/api-token-service";
import { endOtherSessions, endSession, listSessions } from "../services/session-service";
import { confirmTwoFactor, disableTwoFactor, startTwoFactor, twoFactorStatus } from "../services/two-factor-service";
import { passwordSetOutput, providerDisconnectedOutput, signInMethodsOutput } from "../outputs/sign-in-methods";
import { disconnectProvider, ownSignInMethods, setFirstPassword } from "../services/sign-in-methods-service";
import { authedProcedure } from "../trpc";

const tags = ["account"];

/** The caller's own account: the settings page. */
export const accountRouter = {
  updateProfile: authedProcedure
    .meta({ openapi: { method: "PATCH", path: "/account/profile", tags, summary: "Change your name and time zone" } })
    .input(updateProfileInput)
    .output(userOutput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.actor, input)),
  updateTimeZone: authedProcedure
    .meta({ openapi: { method: "PUT", path: "/account/time-zone", tags, summary: "Set the time zone your calendar is shown in", description: "An IANA zone name, e.g. Asia/Seoul." } })
    .input(updateTimeZoneInput)
    .output(timeZoneOutput)
    .mutation(({ ctx, input }) => updateTimeZone(ctx.db, ctx.actor, input)),
  updateLocale: authedProcedure
    .meta({ openapi: { method: "PUT", path: "/account/locale", tags, summary: "Set the language of the app and of your reminders" } })
    .input(updateLocaleInput)
    .output(localeOutput)
    .mutation(({ ctx, input }) => updateLocale(ctx.db, ctx.actor, input)),
  updateTheme: authedProcedure
    .meta({ openapi: { method: "PUT", path: "/account/theme", tags, summary: "Set the app's colour scheme" } })
    .input(updateThemeInput)
    .output(themeOutput)
    .mutation(({ ctx, input }) => updateTheme(ctx.db, ctx.actor, input)),
  updateWeekStart: authedProcedure
    .meta({ openapi: { method: "PUT", path: "/account/week-start", tags, summary: "Set the first day of the calendar's weeks", description: "null goes back to the language's usual first day." } })
    .input(updateWeekStartInput)
    .output(weekStartOutput)
    .mutation(({ ctx, input }) => updateWeekStart(ctx.db, ctx.actor, input)),
  updateReminderDefaults: authedProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/account/reminder-defaults",
        tags,
        summary: "Set the reminders new schedules get",
        description:
          "One set for timed schedules (minutes before the start, 0 or more) and one for all-day schedules (minutes before midnight of the first day in your zone; 900 is 09:00 the day before, −540 09:00 on the day). Up to 5 each; an empty list means none. Schedules that exist keep theirs.",
      },
    })
    .input(updateReminderDefaultsInput)
    .output(reminderDefaultsOutput)
    .mutation(({ ctx, input }) => updateReminderDefaults(ctx.db, ctx.actor, input)),
  changePassword: authedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/account/password",
        tags,
        summary: "Change your password",
        description:
          "Needs the current password. Every session of the account ends, with the access and refresh tokens of programs that logged in with it; personal access tokens too when revokeTokens is true.",
      },
    })
    .input(changePasswordInput)
    .output(passwordChangedOutput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, ctx.actor, input)),
  /** Settings → Connected accounts: connecting happens at the provider (next-auth's redirect), not here. */
  signInMethods: authedProcedure
    .meta({ openapi: { method: "GET", path: "/account/sign-in-methods", tags, summary: "How you sign in", description: "Whether the account has a password, and the providers (Google, GitHub, Kakao, Naver, OpenID Connect) connected to it." } })
    .output(signInMethodsOutput)
    .query(({ ctx }) => ownSignInMethods(ctx.db, ctx.actor)),
  disconnectProvider: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/account/sign-in-methods/{provider}", tags, summary: "Disconnect a provider", description: "Refused (409) when it is the account's last way to sign in." } })
    .input(providerInput)
    .output(providerDisconnectedOutput)
    .mutation(({ ctx, input }) => disconnectProvider(ctx.db, ctx.actor, input)),
  setPassword: authedProcedure
    .meta({ internal: "Only for an account a provider's log-in made, in Settings, from a log-in: over a token it would let the token's holder turn the token into a password." })
    .input(setPasswordInput)
    .output(passwordSetOutput)
    .mutation(({ ctx, input }) => setFirstPassword(ctx.db, ctx, input)),
  sessions: authedProcedure
    .meta({ openapi: { method: "GET", path: "/account/sessions", tags, summary: "Your log-ins", description: "Browser log-ins and programs' password-grant log-ins that are still live." } })
    .output(z.array(sessionOutput))
    .query(({ ctx }) => listSessions(ctx.db, ctx.actor, ctx.sessionId, ctx.now())),
  endSession: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/account/sessions/{id}", tags, summary: "End one of your log-ins", description: "It fails at its next request; a program's tokens go with it." } })
    .input(sessionIdInput)
    .output(sessionEndedOutput)
    .mutation(({ ctx, input }) => endSession(ctx.db, ctx.actor, input.id)),
  endOtherSessions: authedProcedure
    .meta({ openapi: { method: "POST", path: "/account/sessions/end-others", tags, summary: "End every log-in but this one", description: "With a personal access token, which is no session, every log-in ends." } })
    .output(otherSessionsEndedOutput)
    .mutation(({ ctx }) => endOtherSessions(ctx.db, ctx.actor, ctx.sessionId)),
  twoFactor: {
    status: authedProcedure
      .meta({ openapi: { method: "GET", path: "/account/two-factor", tags, summary: "Whether two-step log-in is on" } })
      .output(twoFactorStatusOutput)
      .query(({ ctx }) => twoFactorStatus(ctx.db, ctx.actor)),
    start: authedProcedure
      .meta({ internal: "Set-up is for a person in Settings: it shows a QR code to scan with an authenticator app. It asks for no password, so over a token it would let whoever holds the token put their own device on the account and lock its owner out." })
      .mutation(({ ctx }) => startTwoFactor(ctx.db, ctx)),
    confirm: authedProcedure
      .meta({ internal: "The second step of that set-up in Settings: checks a code from the app just scanned and shows the recovery codes, once, to the person." })
      .input(confirmTwoFactorInput)
      .mutation(({ ctx, input }) => confirmTwoFactor(ctx.db, ctx, input, ctx.now())),
    disable: authedProcedure
      .meta({ internal: "Kept with the set-up in Settings, where the person gives their password and a code; a program has no business switching a log-in safeguard off." })
      .input(disableTwoFactorInput)
      .mutation(({ ctx, input }) => disableTwoFactor(ctx.db, ctx, input, ctx.now())),
  },
  /** Settings → API tokens: personal access tokens for scripts and other apps. */
  apiTokens: {
    list: authedProcedure
      .meta({ openapi: { method: "GET", path: "/account/tokens", tags, summary: "Own personal access tokens", description: "Never their secrets." } })
      .output(z.array(apiTokenOutput))
      .query(({ ctx }) => listOwnApiTokens(ctx.db, ctx.actor)),
    create: authedProcedure
      .meta({ internal: "Made only in Settings, by a person logged in with their password: a token must not mint its own successors." })
      .input(createApiTokenInput)
      .output(createdApiTokenOutput)
      .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx, input, ctx.now())),
    revoke: authedProcedure
      .meta({ openapi: { method: "DELETE", path: "/account/tokens/{id}", tags, summary: "Revoke one of your personal access tokens" } })
      .input(apiTokenIdInput)
      .output(revokedOutput)
      .mutation(({ ctx, input }) => revokeOwnApiToken(ctx.db, ctx.actor, input)),
  },
  /** Settings → Calendar feed: the secret address calendar apps subscribe to (/api/calendar/<secret>.ics). */
  calendarFeed: {
    get: authedProcedure
      .meta({ openapi: { method: "GET", path: "/account/calendar-feed", tags, summary: "Your calendar feed address", description: "Whether you have one, its first characters and options; never the address itself (only its hash is kept)." } })
      .output(calendarFeedStatusOutput)
      .query(({ ctx }) => ownCalendarFeed(ctx.db, ctx.actor)),
    regenerate: authedProcedure
      .meta({ internal: "Made and replaced only in Settings, by a person logged in: a token must not turn itself into an address that reads the calendar for ever." })
      .input(regenerateCalendarFeedInput)
      .output(createdCalendarFeedOutput)
      .mutation(({ ctx, input }) => regenerateCalendarFeed(ctx.db, ctx, input, ctx.now())),
    update: authedProcedure
      .meta({ internal: "Including shared calendars widens what the address shows: a choice for the person in Settings, like making the address." })
      .input(updateCalendarFeedInput)
      .output(calendarFeedStatusOutput)
      .mutation(({ ctx, input }) => updateCalendarFeed(ctx.db, ctx, input)),
    revoke: authedProcedure
      .meta({ openapi: { method: "DELETE", path: "/account/calendar-feed", tags, summary: "Revoke your calendar feed address", description: "Calendar apps subscribed to it get 404 from now on." } })
      .output(revokedOutput)
      .mutation(({ ctx }) => revokeCalendarFeed(ctx.db, ctx.actor)),
  },
  deleteAccount: authedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/account/delete",
        tags,
        summary: "Delete your account and everything of yours",
        description: "Needs the password, in the body. The last admin cannot delete their account. A POST rather than DELETE /account so that the password never sits in a URL.",
      },
    })
    .input(deleteAccountInput)
    .output(accountDeletedOutput)
    .mutation(({ ctx, input }) => deleteOwnAccount(ctx.db, ctx.actor, input)),
};
