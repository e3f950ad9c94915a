import { booleanSetting, defineSettings, integerSetting } from "@planner/db";
import { z } from "zod";

/** The application's own settings; .env.example documents each one. */
export const apiSettings = defineSettings({
  /** Reminder e-mails go through this SMTP server (smtp:// or smtps://user:pass@host:port); unset: in-app only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL, or unset to send no e-mail")
    .optional(),
  /**
   * The address people open the app at (e.g. https://planner.example.com), for the links in
   * e-mails and the ones admins hand over. Never taken from a request's Host header, which
   * anyone can set (a reset link pointing at an attacker's site).
   */
  APP_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, "must be the app's http:// or https:// address, e.g. https://planner.example.com")
    .default("http://localhost:3000"),
  /** The sender of reminder and password e-mails. */
  SMTP_FROM: z.string().default("Planner <planner@localhost>"),
  /** How often the reminder worker looks for due reminders. */
  REMINDER_INTERVAL_MS: integerSetting(1000, 3_600_000).default(15_000),
  /** A log-in ends after this many days without use (the session cookie itself lasts 30 days from its last use). */
  SESSION_IDLE_DAYS: integerSetting(1, 30).default(14),
  /** …and this many days after log-in, however active. */
  SESSION_LIFETIME_DAYS: integerSetting(1, 365).default(30),
  /** Sign-ups allowed from one IP address per hour (a school or office behind one address may need more). */
  SIGN_UPS_PER_IP_PER_HOUR: integerSetting(1, 100_000).default(20),
  /** Run the reminder worker inside the web server (off: run `pnpm worker` instead). */
  REMINDER_WORKER: booleanSetting().default(true),
  /** Requests one API token (personal or a program's access token) may make in a minute; more get 429 with Retry-After. */
  API_TOKEN_REQUESTS_PER_MINUTE: integerSetting(1, 1_000_000).default(600),
  /**
   * Other web sites (origins such as https://tools.example.com, comma-separated) whose pages
   * may call /api/v1 and /api/trpc with a bearer token. Empty: none (CORS closed).
   */
  API_CORS_ORIGINS: z
    .string()
    .regex(/^\s*(https?:\/\/[^\s,/]+\s*(,\s*https?:\/\/[^\s,/]+\s*)*)?$/, "must be origins such as https://tools.example.com, separated by commas")
    .default(""),
  /** End-to-end tests only: POST /api/test/clock moves the app's clock. Never in production. */
  PLANNER_TEST_HOOKS: booleanSetting().default(false),
});
