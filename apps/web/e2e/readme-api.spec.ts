import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "./fixtures";

// Issue 13, part 7: the README's "Use the API" examples, run as they are written
// (bash, curl, date, sed) against the production build. Only BASE comes from
// here, as an environment variable the first block defaults; nothing in the
// text is replaced. The blocks run in one bash, one after another, so a later
// block sees an earlier one's variables, as in a reader's terminal.

const readme = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../../../README.md"), "utf8");

/** The ```sh blocks of one `## ` section of the README, in order. */
function shellBlocks(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start, `README has a "## ${heading}" section`).toBeGreaterThan(-1);
  const rest = markdown.slice(start + 1);
  const end = rest.indexOf("\n## ", 1);
  const section = end === -1 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

// Printed between blocks, so that each block's output can be read on its own.
const MARK = "@@readme-block-end@@";

test.describe("README: Use the API", () => {
  test("its curl examples work as written", async ({ request, baseURL }) => {
    const blocks = shellBlocks(readme, "Use the API");
    expect(blocks).toHaveLength(5);
    const script = blocks.map((block) => `${block}\nprintf '\\n${MARK}\\n'\n`).join("");
    // No stdin: on a socket (Node's pipes are), Debian's bash takes itself for an
    // rsh session and reads /etc/bash.bashrc; --norc says the same.
    const run = spawnSync("bash", ["--norc", "--noprofile", "-euo", "pipefail", "-c", script], {
      stdio: ["ignore", "pipe", "pipe"],
      // A reader's shell, plus BASE (NODE_ENV only because Next's types require it).
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8", NODE_ENV: "test", BASE: baseURL },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, `bash failed:\n${run.stderr}\n${run.stdout}`).toBe(0);
    expect(run.stderr).toBe("");
    const outputs = run.stdout.split(`\n${MARK}\n`).map((output) => output.trim());
    const [grant, schedules, todo, refreshed, revoked] = outputs;

    // 1. The password grant issued a pair of tokens for user01.
    const tokens = JSON.parse(grant!) as Record<string, unknown>;
    expect(tokens).toMatchObject({ token_type: "bearer", expires_in: 900, username: "user01" });
    expect(tokens.access_token).toMatch(/^pla_/);
    expect(tokens.refresh_token).toMatch(/^plr_/);

    // 2. This week's schedules: a JSON array (the demo account may have none).
    expect(Array.isArray(JSON.parse(schedules!)), schedules).toBe(true);

    // 3. The todo was created…
    const created = JSON.parse(todo!) as { id: string; contents: string; done: boolean };
    expect(created).toMatchObject({ contents: "Buy milk (added from the API)", done: false });

    // 4. The refreshed access token is user01's…
    expect(JSON.parse(refreshed!)).toMatchObject({ username: "user01", credential: "access" });

    // 5. …and revoking ended the log-in.
    const [revokeAnswer, status] = revoked!.split("\n");
    expect(JSON.parse(revokeAnswer!)).toEqual({ revoked: true });
    expect(status).toBe("401");

    // The todo is there, seen with a token of our own.
    const grantAgain = await request.post("/api/v1/auth/token", { form: { grant_type: "password", username: "user01", password: "user01-pass" } });
    expect(grantAgain.status(), await grantAgain.text()).toBe(200);
    const { access_token: accessToken } = (await grantAgain.json()) as { access_token: string };
    const list = await request.get("/api/v1/todos", { headers: { Authorization: `Bearer ${accessToken}` } });
    expect(list.status(), await list.text()).toBe(200);
    const { items } = (await list.json()) as { items: { id: string; contents: string }[] };
    expect(items).toContainEqual(expect.objectContaining({ id: created.id, contents: created.contents }));
    await request.post("/api/v1/auth/revoke", { form: { token: accessToken } });
  });
});
