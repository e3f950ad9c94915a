import { FEED_REQUESTS_PER_MINUTE } from "@planner/domain";
import { describe, expect } from "vitest";
import { feedResponse } from "../src/calendar/feed-http";
import { scheduleFileRefusal, scheduleFileResponse } from "../src/calendar/schedule-file-http";
import { createContext } from "../src/context";
import { createCaller } from "../src/root";
import { calendarFeedFor } from "../src/services/calendar-feed-service";
import { apiTest, openSharedDb } from "./fixture";
import { codeOf, type TestAccount } from "./helpers";
import { personalToken } from "./support/rest-world";

// The feed's security and caching (issue 16): a wrong, replaced, revoked or
// malformed address is one and the same 404; a subscriber's feed has only
// what is shared with it; an unchanged feed answers 304 to its ETag or date.

const at = (iso: string) => new Date(iso);
const it = apiTest;
it.beforeAll(openSharedDb);

type Conditional = { ifNoneMatch?: string; ifModifiedSince?: string };

const segmentOf = (path: string) => path.split("/").at(-1)!;

describe("calendar feed", () => {
  const fetchFeed = async (db: Parameters<typeof calendarFeedFor>[0], segment: string, now: Date, conditional: Conditional = {}) => {
    const response = feedResponse(await calendarFeedFor(db, segment, now), { ifNoneMatch: conditional.ifNoneMatch ?? null, ifModifiedSince: conditional.ifModifiedSince ?? null });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  it("a wrong, malformed, replaced or revoked address is the same 404; the new one works", async ({ db, callerAt, owner, clock }) => {
    await callerAt(owner).schedule.create({ title: "Dentist", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z") });
    const first = segmentOf((await callerAt(owner).account.calendarFeed.regenerate({})).path);
    const ok = await fetchFeed(db, first, clock.now());
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(ok.body).toContain("SUMMARY:Dentist");

    const second = segmentOf((await callerAt(owner).account.calendarFeed.regenerate({})).path);
    expect(second).not.toBe(first);
    const notFound = await fetchFeed(db, `plc_${"A".repeat(43)}.ics`, clock.now());
    expect(notFound).toMatchObject({ status: 404, body: "Not found\n" });
    const answers = [first, `${second}x`, second.replace(".ics", ".ical"), "plc_.ics", "..%2f.ics", `pln_${second.slice(4)}`];
    for (const segment of answers) {
      const answer = await fetchFeed(db, segment, clock.now());
      expect({ segment, status: answer.status, body: answer.body, type: answer.headers.get("content-type") }).toEqual({ segment, status: 404, body: notFound.body, type: notFound.headers.get("content-type") });
    }
    expect((await fetchFeed(db, second, clock.now())).status).toBe(200);

    await callerAt(owner).account.calendarFeed.revoke();
    expect(await fetchFeed(db, second, clock.now())).toMatchObject({ status: 404, body: notFound.body });
    expect(await callerAt(owner).account.calendarFeed.get()).toEqual({ feed: null });
  });

  it("Settings shows the address's start and options, never the address; making it needs the log-in, not a token", async ({ db, callerAt, owner, clock }) => {
    const created = await callerAt(owner).account.calendarFeed.regenerate({ includeShared: true });
    expect(created.path).toMatch(/^\/api\/calendar\/plc_[A-Za-z0-9_-]{43}\.ics$/);
    const shown = await callerAt(owner).account.calendarFeed.get();
    expect(shown).toEqual({ feed: { hint: segmentOf(created.path).slice(0, 8), includeShared: true, createdAt: clock.now(), rotatedAt: clock.now() } });
    expect(JSON.stringify(shown)).not.toContain(segmentOf(created.path).slice(0, 12));
    const stored = await db.prisma.calendarFeed.findUniqueOrThrow({ where: { userId: owner.id } });
    expect(stored.tokenHash).not.toContain(segmentOf(created.path).slice(4, 20));

    clock.advance(1);
    const regenerated = await callerAt(owner).account.calendarFeed.regenerate({});
    expect(regenerated.feed).toMatchObject({ includeShared: true, createdAt: created.feed.createdAt, rotatedAt: clock.now() });

    const token = await personalToken(db, owner.id, "READ_WRITE");
    const byToken = createCaller(createContext({ db, session: null, bearer: token.secret, clientIp: null, now: clock.now }));
    expect(await codeOf(() => byToken.account.calendarFeed.regenerate({}))).toBe("FORBIDDEN");
    expect(await codeOf(() => byToken.account.calendarFeed.update({ includeShared: false }))).toBe("FORBIDDEN");
    expect((await byToken.account.calendarFeed.get()).feed?.hint).toBe(regenerated.feed.hint);
    expect(await byToken.account.calendarFeed.revoke()).toEqual({ revoked: true });
    expect(await codeOf(() => callerAt(owner).account.calendarFeed.update({ includeShared: true }))).toBe("NOT_FOUND");
  });

  it("a subscriber's feed has only the calendars shared with it, read-only, without their owners' reminders", async ({ db, callerAt, owner, stranger, subscriber, clock }) => {
    const dentist = await callerAt(owner).schedule.create({ title: "Dentist", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z"), reminders: [{ minutesBefore: 30 }] });
    await callerAt(stranger).schedule.create({ title: "Stranger's secret", startAt: at("2026-12-02T09:00:00Z"), endAt: at("2026-12-02T10:00:00Z") });
    await db.schedules.write({
      create: [{ row: { ...rowFields(subscriber), id: db.schedules.newId(), title: "Own entry", startAt: at("2026-12-03T09:00:00Z"), endAt: at("2026-12-03T10:00:00Z") }, remindAt: null }],
    });
    await callerAt(owner).share.grant({ subscriber: subscriber.username });

    const segment = segmentOf((await callerAt(subscriber).account.calendarFeed.regenerate({})).path);
    const own = await fetchFeed(db, segment, clock.now());
    expect(summaries(own.body)).toEqual(["Own entry"]);

    await callerAt(subscriber).account.calendarFeed.update({ includeShared: true });
    const shared = await fetchFeed(db, segment, clock.now());
    expect(summaries(shared.body)).toEqual([`Dentist (${owner.username})`, "Own entry"]);
    expect(shared.body).toContain(`UID:${dentist.id}@planner`);
    expect(shared.body).not.toContain("BEGIN:VALARM");
    expect(shared.body).not.toContain("secret");

    // The owner's own feed has the reminder.
    const ownerSegment = segmentOf((await callerAt(owner).account.calendarFeed.regenerate({})).path);
    expect((await fetchFeed(db, ownerSegment, clock.now())).body).toContain("TRIGGER:-PT30M");

    await callerAt(owner).share.revoke({ subscriberId: subscriber.id });
    expect(summaries((await fetchFeed(db, segment, clock.now())).body)).toEqual(["Own entry"]);
  });

  it("answers 304 while nothing changed (ETag or date), and a new ETag and date once something did, a deletion too", async ({ db, callerAt, owner, clock }) => {
    const dentist = await callerAt(owner).schedule.create({ title: "Dentist", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z") });
    await callerAt(owner).schedule.create({ title: "Gym", startAt: at("2026-12-02T09:00:00Z"), endAt: at("2026-12-02T10:00:00Z") });
    const segment = segmentOf((await callerAt(owner).account.calendarFeed.regenerate({})).path);
    const first = await fetchFeed(db, segment, clock.now());
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(new Date(lastModified).getTime()).toBe(Math.floor(clock.now().getTime() / 1000) * 1000);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");

    clock.advance(1);
    const again = await fetchFeed(db, segment, clock.now(), { ifNoneMatch: etag });
    expect(again).toMatchObject({ status: 304, body: "" });
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("last-modified")).toBe(lastModified);
    expect((await fetchFeed(db, segment, clock.now(), { ifNoneMatch: `W/${etag}, "other"` })).status).toBe(304);
    expect((await fetchFeed(db, segment, clock.now(), { ifModifiedSince: lastModified })).status).toBe(304);
    expect((await fetchFeed(db, segment, clock.now(), { ifNoneMatch: '"other"', ifModifiedSince: lastModified })).status).toBe(200);

    await callerAt(owner).schedule.delete({ id: dentist.id });
    const changed = await fetchFeed(db, segment, clock.now(), { ifNoneMatch: etag, ifModifiedSince: lastModified });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(new Date(changed.headers.get("last-modified")!).getTime()).toBeGreaterThan(new Date(lastModified).getTime());
    expect((await fetchFeed(db, segment, clock.now(), { ifModifiedSince: lastModified })).status).toBe(200);
    expect(summaries(changed.body)).toEqual(["Gym"]);
  });

  it("limits how often one address is fetched", async ({ db, callerAt, owner, clock }) => {
    const segment = segmentOf((await callerAt(owner).account.calendarFeed.regenerate({})).path);
    for (let i = 0; i < FEED_REQUESTS_PER_MINUTE; i += 1) expect((await fetchFeed(db, segment, clock.now())).status).toBe(200);
    const limited = await fetchFeed(db, segment, clock.now());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    clock.advance(1 / 60);
    expect((await fetchFeed(db, segment, clock.now())).status).toBe(200);
  });
});

describe("a schedule's .ics download", () => {
  it("is a file for whoever may read the schedule, and the same 404 for anyone else", async ({ db, callerAt, owner, stranger, subscriber, clock }) => {
    const meeting = await callerAt(owner).schedule.create({ title: "주간 회의", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z") });
    await callerAt(owner).share.grant({ subscriber: subscriber.username });
    const download = async (account: TestAccount | null, id: string) => {
      const caller = createCaller(createContext({ db, session: account?.session ?? null, clientIp: null, now: clock.now }));
      const response = await caller.schedule.calendarFile({ id }).then(scheduleFileResponse, scheduleFileRefusal);
      return { status: response.status, disposition: response.headers.get("content-disposition"), type: response.headers.get("content-type"), body: await response.text() };
    };
    const own = await download(owner, meeting.id);
    expect(own).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8" });
    expect(own.disposition).toBe(`attachment; filename="__ __.ics"; filename*=UTF-8''${encodeURIComponent("주간 회의.ics")}`);
    expect(own.body).toContain("SUMMARY:주간 회의");
    expect((await download(subscriber, meeting.id)).status).toBe(200);
    const refused = await download(stranger, meeting.id);
    expect(refused).toMatchObject({ status: 404, body: "Not found\n" });
    for (const [account, id] of [[null, meeting.id], [owner, "not-an-id"], [owner, "0197a000-0000-7000-8000-000000000001"]] as const) {
      expect(await download(account, id)).toEqual(refused);
    }
  });
});

function summaries(ics: string): string[] {
  return [...ics.matchAll(/^SUMMARY:(.*)\r$/gm)].map((match) => match[1]!).sort();
}

/** A schedule row of the account's own (a subscriber cannot make one through the API; an admin could). */
function rowFields(account: TestAccount) {
  return {
    ownerId: account.id,
    createdById: account.id,
    memo: "",
    status: "OPEN" as const,
    allDay: false,
    recurrence: null,
    timeZone: null,
    repeatsUntil: null,
    reminderMinutes: [],
    seriesId: null,
    originalStartAt: null,
  };
}
