// A setting with a value that is not allowed stops a server process before it
// starts anything: one line on stderr naming the setting and what it accepts,
// exit code 1. Both start-up paths are run as real processes: the web server's
// instrumentation (what `next start` runs first) and the reminder worker.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = `${root}packages/api/node_modules/.bin/tsx`;
const startUps = {
  "web server": { cwd: `${root}apps/web`, entry: "src/instrumentation-node.ts" },
  "reminder worker": { cwd: `${root}packages/api`, entry: "src/reminders/worker-cli.ts" },
};

type Outcome = { code: number | null; stderr: string };

function startWith(startUp: keyof typeof startUps, setting: Record<string, string>): Promise<Outcome> {
  const { cwd, entry } = startUps[startUp];
  // A fresh environment: nothing from the test run leaks in, so only the bad setting is wrong.
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PGLITE_DIR: "/nonexistent-never-opened", ...setting };
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [entry], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const badSettings: { setting: Record<string, string>; says: RegExp }[] = [
  { setting: { BCRYPT_COST: "99" }, says: /^Invalid setting BCRYPT_COST="99": must be a whole number from 4 to 15\.$/ },
  { setting: { DATABASE_URL: "mysql://x" }, says: /^Invalid setting DATABASE_URL="mysql:\/\/x": must be a postgresql:\/\/ URL, or unset for the embedded database\.$/ },
  { setting: { REMINDER_INTERVAL_MS: "abc" }, says: /^Invalid setting REMINDER_INTERVAL_MS="abc": must be a whole number from 1000 to 3600000\.$/ },
  { setting: { SMTP_URL: "http://mail.example.com" }, says: /^Invalid setting SMTP_URL=.*: must be an smtp:\/\/ or smtps:\/\/ URL/ },
  { setting: { REMINDER_WORKER: "maybe" }, says: /^Invalid setting REMINDER_WORKER="maybe": must be true or false\.$/ },
];

describe.each(Object.keys(startUps) as (keyof typeof startUps)[])("%s start-up", (startUp) => {
  it.concurrent.each(badSettings)("stops on $setting with one line", async ({ setting, says }) => {
    const { code, stderr } = await startWith(startUp, setting);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.trim()).toMatch(says);
  });
});

describe("web server start-up", () => {
  it("stops on a short AUTH_SECRET with one line", async () => {
    const { code, stderr } = await startWith("web server", { AUTH_SECRET: "too-short" });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Invalid setting AUTH_SECRET="too-short": must be at least 32 characters (openssl rand -base64 32).');
  });
});
