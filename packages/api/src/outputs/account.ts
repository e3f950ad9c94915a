import { LOCALES, ROLES, THEMES, WEEK_START_DAYS } from "@planner/domain";
import { z } from "zod";
import { idOutput, instantOutput } from "./shared";

const settingsFields = {
  timeZone: z.string().meta({ description: "IANA time zone", example: "Asia/Seoul" }),
  locale: z.enum(LOCALES).nullable().meta({ description: "null: the browser's language decides", example: "ko" }),
  theme: z.enum(THEMES).nullable().meta({ example: "dark" }),
  weekStart: z.enum(WEEK_START_DAYS).nullable().meta({ description: "null: the language's usual first day", example: "monday" }),
};

const accountFields = {
  id: idOutput,
  username: z.string().meta({ example: "alice" }),
  email: z.string().nullable().meta({ description: "null: an account made by a provider's log-in that vouched for no address", example: "alice@example.com" }),
  name: z.string().meta({ example: "Alice Kim" }),
  role: z.enum(ROLES),
  ...settingsFields,
};

const remindersOutput = z.array(z.object({ minutesBefore: z.number().int() }));

/** Settings → Reminders: given to new schedules that name none of their own. */
export const reminderDefaultsOutput = z
  .object({
    timed: remindersOutput.meta({ description: "Minutes before a timed schedule starts" }),
    allDay: remindersOutput.meta({ description: "Minutes before midnight of an all-day schedule's first day in your zone: 900 is 09:00 the day before, −540 09:00 on the day" }),
  })
  .meta({ id: "ReminderDefaults", example: { timed: [{ minutesBefore: 1440 }, { minutesBefore: 10 }], allDay: [{ minutesBefore: 900 }] } });

export const meOutput = z.object({ ...accountFields, reminderDefaults: reminderDefaultsOutput }).meta({ id: "Me" });

/** An account as the profile form and the admin console see it. */
export const userOutput = z.object({ ...accountFields, createdAt: instantOutput }).meta({ id: "User" });

export const signedUpOutput = z.object({ id: idOutput, username: z.string() });

export const timeZoneOutput = z.object({ timeZone: settingsFields.timeZone });
export const localeOutput = z.object({ locale: z.enum(LOCALES).meta({ example: "ko" }) });
export const themeOutput = z.object({ theme: z.enum(THEMES).meta({ example: "dark" }) });
export const weekStartOutput = z.object({ weekStart: settingsFields.weekStart });

export const passwordChangedOutput = z.object({
  changed: z.literal(true),
  tokensRevoked: z.number().int().meta({ description: "Personal access tokens revoked (0 unless revokeTokens was true)", example: 0 }),
});

/** One of the account's log-ins (Settings → Security). */
export const sessionOutput = z
  .object({
    id: idOutput,
    createdAt: instantOutput,
    lastActiveAt: instantOutput,
    ip: z.string().nullable().meta({ example: "203.0.113.7" }),
    userAgent: z.string().nullable().meta({ example: "Mozilla/5.0 (X11; Linux x86_64)" }),
    kind: z.enum(["BROWSER", "API"]).meta({ description: "BROWSER: a log-in page; API: a program that logged in with the password grant" }),
    current: z.boolean().meta({ description: "true for the session this request came with (none for a personal access token)" }),
  })
  .meta({ id: "Session" });

export const sessionEndedOutput = z.object({ ended: z.literal(true) });

export const otherSessionsEndedOutput = z.object({ ended: z.number().int().meta({ description: "How many sessions ended", example: 2 }) });

export const twoFactorStatusOutput = z.object({
  enabled: z.boolean(),
  enabledAt: instantOutput.nullable(),
  recoveryCodesLeft: z.number().int().meta({ description: "Unused recovery codes (0 while it is off)", example: 10 }),
});

export const accountDeletedOutput = z.object({ deleted: z.literal(true) });
