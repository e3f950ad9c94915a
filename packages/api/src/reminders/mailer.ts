import nodemailer from "nodemailer";
import type { PendingEmail } from "@planner/db";

export type Mailer = { send(email: PendingEmail): Promise<void>; close(): void };

/**
 * E-mail through SMTP when SMTP_URL is set (e.g. smtp://user:pass@host:587);
 * null otherwise, and reminders stay in-app only. SMTP_FROM names the sender.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  return url ? createMailer(url, env.SMTP_FROM?.trim() || "Planner <planner@localhost>") : null;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(email) {
      await transport.sendMail({
        from,
        to: { name: email.name, address: email.to },
        subject: email.text.length > 78 ? `${email.text.slice(0, 75)}…` : email.text,
        text: `Hello ${email.name},\n\n${email.text}\n\n— Planner`,
      });
    },
    close: () => transport.close(),
  };
}
