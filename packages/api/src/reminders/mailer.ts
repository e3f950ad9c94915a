import nodemailer, { type SendMailOptions } from "nodemailer";
import type { PendingEmail } from "@planner/db";
import { reminderEmail } from "@planner/domain";
import { apiSettings } from "../settings";

export type Mailer = {
  /** Resolves once the mail server has accepted the message; `signal` abandons it (the connection is closed). */
  send: (email: PendingEmail, options?: { signal?: AbortSignal }) => Promise<void>;
  close: () => void;
};

/**
 * How long each step of one SMTP conversation may stay silent. nodemailer's
 * defaults (2 min to connect, 10 min of socket silence) would let one stalled
 * server hold a send for ten minutes; the worker also puts an overall deadline
 * on every send.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * E-mail through SMTP when SMTP_URL is set (e.g. smtp://user:pass@host:587);
 * null otherwise, and reminders stay in-app only. SMTP_FROM names the sender.
 */
export function mailerFromSettings(): Mailer | null {
  const { SMTP_URL, SMTP_FROM } = apiSettings();
  return SMTP_URL ? createMailer(SMTP_URL, SMTP_FROM) : null;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  return {
    async send(email, options = {}) {
      // nodemailer ≥ 10.5 takes an AbortSignal per message; its type definitions do not list it yet.
      const { subject, body } = reminderEmail(email, email.text);
      const message: SendMailOptions & { signal?: AbortSignal } = {
        from,
        to: { name: email.name, address: email.to },
        subject,
        text: body,
        signal: options.signal,
      };
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}
