import { describe, expect } from "vitest";
import { savableTimeZones } from "../src/services/time-zone-names";
import { apiTest as it, openSharedDb } from "./fixture";
import { PASSWORD, callerFor, codeOf } from "./helpers";

// An account's time zone is read by PostgreSQL too (each owner's "today" in the
// admin's todo lists): a name only Intl knew made that query fail for everyone.

it.beforeAll(openSharedDb);

// Intl (Node's ICU) takes it; IANA dropped it in 2020b, and PostgreSQL does not know it.
const RETIRED = "US/Pacific-New";

describe("account time zones", () => {
  it("are all names this database knows", async ({ db }) => {
    const unknown = await db.prisma.$queryRaw<{ zone: string }[]>`
      SELECT zone FROM unnest(${savableTimeZones()}::text[]) AS zone WHERE zone NOT IN (SELECT name FROM pg_timezone_names)`;
    expect(unknown.map((row) => row.zone)).toEqual([]);
    expect(savableTimeZones()).toEqual(expect.arrayContaining(["Asia/Seoul", "Asia/Kolkata", "Asia/Calcutta", "Europe/Kyiv", "Europe/Kiev", "UTC", "Etc/UTC"]));
  });

  it("refuse a name Intl knows but IANA retired, with the form's message, and change nothing", async ({ db, owner, clock }) => {
    const asOwner = callerFor(db, owner, null, clock.now);
    const zoneBefore = (await db.prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).timeZone;
    expect(await codeOf(() => asOwner.account.updateTimeZone({ timeZone: RETIRED }))).toBe("BAD_REQUEST");
    expect(await codeOf(() => asOwner.account.updateProfile({ name: "Owner", timeZone: RETIRED }))).toBe("BAD_REQUEST");
    await expect(asOwner.account.updateTimeZone({ timeZone: RETIRED })).rejects.toThrow("Choose a valid time zone.");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).timeZone).toBe(zoneBefore);

    const anonymous = callerFor(db, null, null, clock.now);
    const signUp = { username: "zone_tester", email: "zone@example.com", password: PASSWORD, confirmPassword: PASSWORD };
    expect(await codeOf(() => anonymous.auth.signUp({ ...signUp, timeZone: RETIRED }))).toBe("BAD_REQUEST");
    expect(await db.prisma.user.count({ where: { username: "zone_tester" } })).toBe(0);
  });

  it("keep old spellings, and the admin's todo lists by due date work for owners in them", async ({ db, owner, admin, clock }) => {
    await callerFor(db, owner, null, clock.now).account.updateTimeZone({ timeZone: "Asia/Calcutta" });
    const asAdmin = callerFor(db, admin, null, clock.now);
    for (const due of ["today", "overdue", "upcoming"] as const) {
      expect(await codeOf(() => asAdmin.admin.todos.list({ due }))).toBe("OK");
    }
  });
});
