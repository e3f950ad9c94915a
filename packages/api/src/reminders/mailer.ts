import nodemailer, { type SendMailOptions } from "nodemailer";
import type { PendingEmail } from "@planner/db";
import { reminderEmail } from "@planner/domain";
import { apiSettings } from "../settings";

/** One plain-text e-mail to one person. */
export type OutgoingMessage = { to: { name: string; address: string }; subject: string; text: string };

export type Mailer = {
  /** A reminder. Resolves once the mail server has accepted the message; `signal` abandons it (the connection is closed). */
  send: (email: PendingEmail, options?: { signal?: AbortSignal }) => Promise<void>;
  /** Any other message (a password reset link), on the same terms. */
  sendMessage: (message: OutgoingMessage, options?: { signal?: AbortSignal }) => Promise<void>;
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

let processMailer: Mailer | null | undefined;

/** The process's one mailer (SMTP keeps its connections pooled per transport), made on first use. */
export function appMailer(): Mailer | null {
  if (processMailer === undefined) processMailer = mailerFromSettings();
  return processMailer;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS });
  async function sendMessage(outgoing: OutgoingMessage, options: { signal?: AbortSignal } = {}) {
    // nodemailer ≥ 10.5 takes an AbortSignal per message; its type definitions do not list it yet.
    const message: SendMailOptions & { signal?: AbortSignal } = { from, ...outgoing, signal: options.signal };
    await transport.sendMail(message);
  }
  return {
    async send(email, options = {}) {
      const { subject, body } = reminderEmail(email, email.text);
      await sendMessage({ to: { name: email.name, address: email.to }, subject, text: body }, options);
    },
    sendMessage,
    close: () => transport.close(),
  };
}
