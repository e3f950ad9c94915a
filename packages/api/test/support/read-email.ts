import PostalMime from "postal-mime";
import type { ReceivedMessage } from "./smtp-listener";

/** A received message's subject and plain text, decoded by an independent MIME parser. */
export async function readEmail(message: ReceivedMessage): Promise<{ subject: string; text: string; to: string }> {
  const email = await PostalMime.parse(message.raw);
  return { subject: email.subject ?? "", text: email.text ?? "", to: email.to?.map((address) => address.address).join(", ") ?? "" };
}

/** The password link in an e-mail, and its token. */
export function passwordLinkIn(text: string): { url: string; token: string } {
  const match = /(https?:\/\/\S+\/reset-password#token=([A-Za-z0-9_-]{43}))/.exec(text);
  if (!match) throw new Error(`no password link in:\n${text}`);
  return { url: match[1]!, token: match[2]! };
}
