import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { startInstance, type Instance } from "./instances";
import { runOnServer, withDatabase } from "./postgres.mjs";

// Two production instances of the app on one PostgreSQL, as a load balancer
// would spread a person's requests: sessions and failed log-ins live in the
// database, so both instances agree about them. The second instance is set up
// as if behind one proxy (TRUSTED_PROXY_HOPS=1), the first as if facing the
// internet (0). Needs the PostgreSQL server the database tests use
// (TEST_POSTGRES_URL); skipped without it.

const serverUrl = process.env.TEST_POSTGRES_URL;
const PORTS = [3191, 3192] as const;
const PASSWORD = "a fine password";

test.describe("two app instances on one PostgreSQL", () => {
  // Two instances share one PostgreSQL server; .ci/run sets TEST_POSTGRES_URL, so CI runs it.
  test.skip(!serverUrl, "TEST_POSTGRES_URL is not set");

  const database = `planner_two_${randomUUID().slice(0, 8)}`;
  const servers: Instance[] = [];
  let http: APIRequestContext;

  test.beforeAll(async ({ playwright }) => {
    test.setTimeout(120_000);
    await runOnServer(serverUrl!, `CREATE DATABASE ${database}`);
    const url = withDatabase(serverUrl!, database);
    for (const [index, port] of PORTS.entries()) {
      servers.push(
        await startInstance(port, {
          DATABASE_URL: url,
          // The first instance migrates; the second starts once it answers.
          MIGRATE_ON_START: index === 0 ? "true" : "false",
          AUTH_SECRET: "two-instances-secret-not-for-production-0000",
          REMINDER_WORKER: "false",
          TRUSTED_PROXY_HOPS: index === 0 ? "0" : "1",
        }),
      );
    }
    http = await playwright.request.newContext();
  });

  test.afterAll(async () => {
    await http?.dispose();
    await Promise.all(servers.map((server) => server.stop()));
    await runOnServer(serverUrl!, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  test("a session made on one works on the other; log-out on one ends it on both; failures on both count together", async ({ playwright }) => {
    const [a, b] = PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];
    const username = await signUp(http, a, "two");

    // Cookies belong to the host, not the port: one browser, two instances behind one name.
    expect(await logIn(http, a, username, PASSWORD)).toBe("ok");
    expect((await http.get(`${b}/api/trpc/auth.me`)).status()).toBe(200);
    await logOut(http, b);
    expect((await http.get(`${a}/api/trpc/auth.me`)).status()).toBe(401);
    expect((await http.get(`${b}/api/trpc/auth.me`)).status()).toBe(401);

    // A browser without the account's device cookie, guessing on both instances.
    const stranger = await playwright.request.newContext();
    for (const origin of [a, b, a, b, a]) expect(await logIn(stranger, origin, username, "a wrong guess")).toBe("wrong");
    expect(await logIn(stranger, b, username, PASSWORD)).toBe("rate-limited");
    await stranger.dispose();
  });

  test("behind a trusted proxy, 50 wrong passwords from 50 addresses leave the owner's log-in from a fresh one working", async ({ playwright }) => {
    const [a, b] = PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];
    const username = await signUp(http, a, "spray");

    // The proxy appends the address it saw: instance B (one trusted hop) takes it as the client's.
    const attacker = await playwright.request.newContext();
    for (let address = 1; address <= 50; address += 1) {
      expect(await logIn(attacker, b, username, `guess ${address}`, { "X-Forwarded-For": `198.51.100.${address}` })).toBe("wrong");
    }
    await attacker.dispose();
    const owner = await playwright.request.newContext();
    expect(await logIn(owner, b, username, PASSWORD, { "X-Forwarded-For": "203.0.113.7" })).toBe("ok");
    const me = await owner.get(`${b}/api/trpc/account.sessions`);
    expect(await me.text()).toContain("203.0.113.7");
    await owner.dispose();
  });

  test("facing clients directly, a new X-Forwarded-For per attempt does not reset the per-IP count", async ({ playwright }) => {
    const [a] = PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];
    const sprayer = await playwright.request.newContext();
    // Unknown accounts, so only the per-IP limit (30 in 15 minutes) applies; the earlier tests'
    // failures from this address count too, so the limit comes at the 31st at the latest.
    const answers: string[] = [];
    for (let attempt = 1; attempt <= 31 && answers.at(-1) !== "rate-limited"; attempt += 1) {
      answers.push(await logIn(sprayer, a, `nobody_${attempt}`, "a guess", { "X-Forwarded-For": `192.0.2.${attempt}` }));
    }
    expect(answers.at(-1)).toBe("rate-limited");
    expect(answers.slice(0, -1).every((answer) => answer === "wrong")).toBe(true);
    // …and stays, whatever the header says next.
    for (const forged of ["192.0.2.200", "10.0.0.1", "203.0.113.99"]) {
      expect(await logIn(sprayer, a, "nobody_else", "a guess", { "X-Forwarded-For": forged })).toBe("rate-limited");
    }
    await sprayer.dispose();
  });
});


/** A fresh account with PASSWORD, made on `origin`; returns its username. */
async function signUp(http: APIRequestContext, origin: string, prefix: string): Promise<string> {
  const username = `${prefix}_${randomUUID().slice(0, 8)}`;
  const response = await http.post(`${origin}/api/trpc/auth.signUp`, {
    data: { json: { username, email: `${username}@example.com`, password: PASSWORD, confirmPassword: PASSWORD } },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return username;
}

/** next-auth's credentials log-in over HTTP, as the form does: "ok", "wrong" or "rate-limited". */
async function logIn(http: APIRequestContext, origin: string, login: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const { csrfToken } = (await (await http.get(`${origin}/api/auth/csrf`, { headers })).json()) as { csrfToken: string };
  const response = await http.post(`${origin}/api/auth/callback/credentials`, {
    form: { login, password, csrfToken, callbackUrl: "/calendar" },
    headers: { "X-Auth-Return-Redirect": "1", ...headers },
  });
  const { url } = (await response.json()) as { url: string };
  if (!url.includes("error=")) return "ok";
  return url.includes("rate-limited") ? "rate-limited" : "wrong";
}

async function logOut(http: APIRequestContext, origin: string) {
  const { csrfToken } = (await (await http.get(`${origin}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await http.post(`${origin}/api/auth/signout`, { form: { csrfToken, callbackUrl: "/login" }, headers: { "X-Auth-Return-Redirect": "1" } });
  expect(response.ok(), await response.text()).toBe(true);
}
