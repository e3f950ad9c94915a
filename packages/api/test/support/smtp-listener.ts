import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { createMailer, type Mailer } from "../../src/reminders/mailer";

export type ReceivedMessage = { from: string; to: string[]; raw: string };

export type SmtpListener = {
  /** Messages the listener has accepted (answered 250 to), in order. */
  received: ReceivedMessage[];
  /** How long the listener sits on each message before accepting it. */
  stallMs: number;
  /** How many of the next recipients to refuse with a temporary 450. */
  refuseNextRecipients: number;
  /** Resolves when the next message has been fully transmitted (before any stall). */
  nextMessageArrives: () => Promise<void>;
  mailer: () => Mailer;
  close: () => Promise<void>;
};

/** A real SMTP server on a free local port (smtp-server), for tests that send real e-mail. */
export async function startSmtpListener(): Promise<SmtpListener> {
  let arrivalWaiters: (() => void)[] = [];
  const listener: SmtpListener = {
    received: [],
    stallMs: 0,
    refuseNextRecipients: 0,
    nextMessageArrives: () => new Promise((resolve) => arrivalWaiters.push(resolve)),
    mailer: () => createMailer(`smtp://127.0.0.1:${port}`, "Planner <reminders@planner.test>"),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (listener.refuseNextRecipients > 0) {
        listener.refuseNextRecipients -= 1;
        return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 450 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        const waiters = arrivalWaiters;
        arrivalWaiters = [];
        for (const resolve of waiters) resolve();
        // The client now waits for our answer to DATA: this is where a slow server stalls.
        setTimeout(() => {
          listener.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
          });
          callback();
        }, listener.stallMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return listener;
}
