import { describe, expect } from "vitest";
import { logIn } from "../src/services/auth-service";
import { TEST_NOW as now, apiTest, openSharedDb } from "./fixture";
import { PASSWORD, createAccount } from "./helpers";

// The embedded database runs in the server's own thread: every statement of a
// log-in is time that thread cannot give to other requests (bench:login).

const statements: string[] = [];

const it = apiTest.extend("databaseOptions", { scope: "file" }, { onQuery: (sql: string) => void statements.push(sql) });
it.beforeAll(openSharedDb);

async function statementsOf(call: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await call();
  return [...statements];
}

describe("log-in statements", () => {
  it("a log-in reads the account and its limits once each, then creates the session", async ({ db }) => {
    await createAccount(db, "USER", "quietuser");
    const ok = await statementsOf(() => logIn(db, { login: "quietuser", password: PASSWORD }, { clientIp: "198.51.100.4", now }));
    const wrong = await statementsOf(() => logIn(db, { login: "quietuser", password: "not it" }, { clientIp: "198.51.100.4", now }));
    const afterFailure = await statementsOf(() => logIn(db, { login: "quietuser", password: PASSWORD }, { clientIp: "198.51.100.4", now }));
    console.info(`log-in: ${ok.length} statements\n${ok.join("\n")}\nwrong password: ${wrong.length}\n${wrong.join("\n")}\nafter a failure: ${afterFailure.length}\n${afterFailure.join("\n")}`);
    // the account with its two-step record, the limits, the new session
    expect(ok).toHaveLength(3);
    // the same, and this client's failure forgotten
    expect(afterFailure).toHaveLength(4);
    // the account, the limits, one count per limit (the account's from this client, the address's, the account's across clients)
    expect(wrong).toHaveLength(5);
  });
});
