import { databaseTest } from "@planner/db/testing/fixture";
import { callerFor, createAccount, type TestAccount } from "./helpers";
import { startSmtpListener } from "./support/smtp-listener";

export { openSharedDb } from "@planner/db/testing/fixture";

/** Where every test clock starts: a Saturday, 10:00 UTC. */
export const TEST_NOW = new Date("2026-11-21T10:00:00Z");

const HOUR = 3_600_000;

/** A clock a test moves by hand; pass `clock.now` wherever code takes `now: () => Date`. */
export type TestClock = {
  now: () => Date;
  /** The instant `hours` after the clock's current time (negative: before). */
  later: (hours: number) => Date;
  set: (instant: Date) => void;
  advance: (hours: number) => void;
};

function createTestClock(start: Date): TestClock {
  let current = start;
  const later = (hours: number) => new Date(current.getTime() + hours * HOUR);
  return {
    now: () => current,
    later,
    set: (instant) => {
      current = instant;
    },
    advance: (hours) => {
      current = later(hours);
    },
  };
}

/**
 * The test API for api database tests: `databaseTest` (`db`, `sharedDb`) plus
 * - `clock`: a TestClock at TEST_NOW, fresh for each test;
 * - `callerAt(account, clientIp?)`: a caller for the account (null: anonymous) whose "now" is `clock`;
 * - `owner`, `stranger` (USER), `subscriber` (SUBSCRIBER), `admin` (ADMIN): accounts in `db`,
 *   made for the tests that name them;
 * - `asOwner()`: a caller for `owner`, on the real clock.
 */
export const apiTest = databaseTest
  .extend("clock", () => createTestClock(TEST_NOW))
  .extend(
    "callerAt",
    ({ db, clock }) =>
      (account: TestAccount | null, clientIp: string | null = null) =>
        callerFor(db, account, clientIp, clock.now),
  )
  .extend("owner", ({ db }) => createAccount(db, "USER"))
  .extend("stranger", ({ db }) => createAccount(db, "USER"))
  .extend("subscriber", ({ db }) => createAccount(db, "SUBSCRIBER"))
  .extend("admin", ({ db }) => createAccount(db, "ADMIN"))
  .extend("asOwner", ({ db, owner }) => () => callerFor(db, owner));

/**
 * `apiTest` plus `smtp`: a real SMTP listener for the whole file (`smtpListener`),
 * handed to each test that asks for it with nothing received, no stall and no refusals.
 */
export const emailTest = apiTest
  // vitest reads a fixture's dependencies from this pattern; the listener has none.
  // eslint-disable-next-line no-empty-pattern
  .extend("smtpListener", { scope: "file" }, async ({}, { onCleanup }) => {
    const listener = await startSmtpListener();
    onCleanup(() => listener.close());
    return listener;
  })
  .extend("smtp", ({ smtpListener }) => {
    smtpListener.received.length = 0;
    smtpListener.stallMs = 0;
    smtpListener.refuseNextRecipients = 0;
    return smtpListener;
  });
