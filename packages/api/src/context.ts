import type { Database } from "@planner/db";
import type { Role } from "@planner/domain";
import { appClock } from "./clock";
import { appMailer, type Mailer } from "./reminders/mailer";

/** What the session cookie claims: its server-side session and account, checked against the database per request. */
export type SessionClaims = { sessionId: string; userId: string; role: Role; sessionVersion: number };

export type Context = {
  db: Database;
  session: SessionClaims | null;
  /**
   * The secret of an `Authorization: Bearer` header (a personal or access
   * token). When present it alone decides who is calling: the cookie is ignored.
   */
  bearer: string | null;
  /** Best-effort client address, for rate limits. */
  clientIp: string | null;
  /** The client's User-Agent, for the account's list of sessions (programs' log-ins). */
  userAgent: string | null;
  /** Injectable clock, so tests need not wait. */
  now: () => Date;
  /** Where e-mail goes (password reset links); null when SMTP is not set up. */
  mailer: Mailer | null;
};

export function createContext(input: {
  db: Database;
  session: SessionClaims | null;
  bearer?: string | null;
  clientIp?: string | null;
  userAgent?: string | null;
  now?: () => Date;
  mailer?: Mailer | null;
}): Context {
  return {
    db: input.db,
    session: input.session,
    bearer: input.bearer ?? null,
    clientIp: input.clientIp ?? null,
    userAgent: input.userAgent ?? null,
    now: input.now ?? appClock.now,
    mailer: input.mailer === undefined ? appMailer() : input.mailer,
  };
}
