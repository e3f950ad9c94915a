import { expect } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PostalMime from "postal-mime";

// The mail the app sent during this run: e2e/server.mjs runs a real SMTP
// listener and writes each message it accepts to a folder named by the port.

const port = process.env.E2E_PORT ?? "3100";
const mailDir = path.join(tmpdir(), `planner-e2e-mail-${port}`);

export type ReceivedMail = { to: string; subject: string; text: string };

async function allMail(): Promise<ReceivedMail[]> {
  const files = readdirSync(mailDir).filter((name) => name.endsWith(".eml")).sort();
  return Promise.all(
    files.map(async (name) => {
      const email = await PostalMime.parse(readFileSync(path.join(mailDir, name)));
      return { to: email.to?.map((address) => address.address).join(", ") ?? "", subject: email.subject ?? "", text: email.text ?? "" };
    }),
  );
}

/** The latest message to `address`, waiting for it to arrive. */
export async function mailTo(address: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => {
      found = (await allMail()).filter((mail) => mail.to === address).at(-1);
      return Boolean(found);
    }, { message: `an e-mail to ${address}`, timeout: 20_000 })
    .toBe(true);
  return found!;
}

/** The password link in a message: the path and fragment, to open on the test's own base URL. */
export function passwordLinkIn(text: string): string {
  const match = /https?:\/\/[^/\s]+(\/reset-password#token=[A-Za-z0-9_-]{43})/.exec(text);
  expect(match, text).toBeTruthy();
  return match![1]!;
}
