import type { Database } from "@planner/db";
import type { Role } from "@planner/domain";
import { appClock } from "./clock";
import { appMailer, type Mailer } from "./reminders/mailer";

/** What the session cookie claims: its server-side session and account, checked against the database per request. */
export type SessionClaims = { sessionId: string; userId: string; role: Role; sessionVersion: number };

export type Context = {
  db: Database;
  session: SessionClaims | null;
  /** Best-effort client address, for rate limits. */
  clientIp: string | null;
  /** Injectable clock, so tests need not wait. */
  now: () => Date;
  /** Where e-mail goes (password reset links); null when SMTP is not set up. */
  mailer: Mailer | null;
};

export function createContext(input: {
  db: Database;
  session: SessionClaims | null;
  clientIp?: string | null;
  now?: () => Date;
  mailer?: Mailer | null;
}): Context {
  return {
    db: input.db,
    session: input.session,
    clientIp: input.clientIp ?? null,
    now: input.now ?? appClock.now,
    mailer: input.mailer === undefined ? appMailer() : input.mailer,
  };
}
