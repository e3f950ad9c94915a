import { readFileSync } from "node:fs";
import { MAX_IMPORT_BYTES } from "@planner/domain";
import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import { envelope, errorOf, sendRaw } from "./support/trpc-http";

// Importing an .ics file (issue 16): a hand-written file in Google Calendar's
// export style becomes exactly the expected schedules; importing it again
// writes nothing, and a changed event is updated in place; bad files get
// specific errors. The owner lives in New York; the test clock stands at
// TEST_NOW (21 November 2026), before the file's events (January–March 2027).

const FIXTURE = readFileSync(new URL("./fixtures/google-calendar-export.ics", import.meta.url), "utf8");
const STANDUP_UID = "7kq2n0v9s3d1c8e5b6a4f2g0h1@google.com";
const at = (iso: string) => new Date(iso);

const it = apiTest
  .extend("as", async ({ db, callerAt, owner }) => {
    await db.users.setTimeZone(owner.id, "America/New_York");
    return () => callerAt(owner);
  })
  // Preview a file and import every item that is new or changed, as the page does.
  .extend("importFile", ({ as }) => async (text: string) => {
    const preview = await as().schedule.importPreview({ text });
    const items = preview.items.filter((item) => item.change !== "unchanged").map(({ change: _change, ...item }) => item);
    const written = items.length > 0 ? await as().schedule.importBatch({ items }) : { created: 0, updated: 0, unchanged: 0 };
    return { preview, written };
  })
  // Every row of the owner's calendar, as stored, by start.
  .extend("rows", ({ db, owner }) => async () =>
    db.prisma.schedule.findMany({
      where: { ownerId: owner.id },
      orderBy: [{ startAt: "asc" }, { title: "asc" }],
      include: { exceptions: { orderBy: { originalStartAt: "asc" } }, reminder: true },
    }),
  )
  .extend("refusal", ({ db, owner }) => async (path: string, input: unknown) =>
    errorOf((await sendRaw(db, { paths: [path], type: "mutation", raw: envelope(input), account: owner })).body),
  );
it.beforeAll(openSharedDb);

describe("importing a Google Calendar export", () => {
  it("previews the counts, the date range and the half-hour rule, then writes exactly the expected schedules", async ({ importFile, rows, as }) => {
    const { preview, written } = await importFile(FIXTURE);
    expect(preview.summary).toMatchObject({
      events: 10,
      schedules: 10,
      repeating: 2,
      allDay: 3,
      multiDay: 1,
      movedOccurrences: 1,
      deletedOccurrences: 2,
      firstDate: "2027-01-04",
      lastDate: "2027-03-31",
      endless: 1,
      offGrid: { count: 1, examples: [{ title: "Dentist", date: "2027-01-20", before: "09:10–09:50", after: "09:00–10:00" }] },
      expanded: { events: 1, occurrences: 3 },
      skipped: { count: 0 },
      remindersDropped: 0,
      changes: { new: 10, update: 0, unchanged: 0 },
    });
    expect(written).toEqual({ created: 10, updated: 0, unchanged: 0 });

    const stored = await rows();
    const brief = stored.map((row) => ({
      key: row.icalUid,
      title: row.title,
      start: row.startAt.toISOString(),
      end: row.endAt.toISOString(),
      allDay: row.allDay,
      rule: row.recurrence,
      zone: row.timeZone,
      reminders: row.reminderMinutes,
      series: row.seriesId ? "override" : null,
      original: row.originalStartAt?.toISOString() ?? null,
      exceptions: row.exceptions.map((exception) => exception.originalStartAt.toISOString()),
    }));
    const plain = { allDay: false, rule: null, zone: null, reminders: [], series: null, original: null, exceptions: [] };
    expect(brief).toEqual([
      {
        ...plain,
        key: STANDUP_UID,
        title: "Team standup",
        start: "2027-01-04T14:30:00.000Z",
        end: "2027-01-04T15:00:00.000Z",
        rule: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;WKST=SU;UNTIL=20270301T045959Z",
        zone: "America/New_York",
        reminders: [10],
        // Deleted on the 11th (EXDATE), moved on the 13th (RECURRENCE-ID), cancelled on the 27th.
        exceptions: ["2027-01-11T14:30:00.000Z", "2027-01-13T14:30:00.000Z", "2027-01-27T14:30:00.000Z"],
      },
      { ...plain, key: STANDUP_UID, title: "Team standup (afternoon)", start: "2027-01-13T19:00:00.000Z", end: "2027-01-13T19:30:00.000Z", reminders: [10], series: "override", original: "2027-01-13T14:30:00.000Z" },
      { ...plain, key: "2b9f4c1e8d7a6b5c4d3e2f1a0b@google.com", title: "Company holiday", start: "2027-01-18T00:00:00.000Z", end: "2027-01-19T00:00:00.000Z", allDay: true, reminders: [900] },
      // 09:10–09:50 on the half-hour grid; the e-mail and pop-up alarms are both kept.
      { ...plain, key: "9a8b7c6d5e4f3a2b1c0d9e8f7a@google.com", title: "Dentist", start: "2027-01-20T14:00:00.000Z", end: "2027-01-20T15:00:00.000Z", reminders: [1440, 30] },
      { ...plain, key: "1f2e3d4c5b6a7f8e9d0c1b2a3f@google.com", title: "Call with the Berlin office", start: "2027-01-21T15:00:00.000Z", end: "2027-01-21T16:00:00.000Z" },
      // 08:00–10:00 in Berlin is 02:00–04:00 in New York.
      { ...plain, key: "3c4d5e6f7a8b9c0d1e2f3a4b5c@google.com", title: "Workshop in Berlin", start: "2027-01-25T07:00:00.000Z", end: "2027-01-25T09:00:00.000Z" },
      // The last weekday of each month (BYSETPOS) is no rule of the app's: its three occurrences, one by one.
      { ...plain, key: "6a5b4c3d2e1f0a9b8c7d6e5f4a@google.com#20270129T230000Z", title: "Book club", start: "2027-01-29T23:00:00.000Z", end: "2027-01-30T00:00:00.000Z" },
      { ...plain, key: "5e6f7a8b9c0d1e2f3a4b5c6d7e@google.com", title: "Ski trip", start: "2027-02-05T00:00:00.000Z", end: "2027-02-08T00:00:00.000Z", allDay: true },
      { ...plain, key: "8d9e0f1a2b3c4d5e6f7a8b9c0d@google.com", title: "Mom's birthday", start: "2027-02-14T00:00:00.000Z", end: "2027-02-15T00:00:00.000Z", allDay: true, rule: "RRULE:FREQ=YEARLY", zone: "America/New_York", reminders: [900] },
      { ...plain, key: "6a5b4c3d2e1f0a9b8c7d6e5f4a@google.com#20270226T230000Z", title: "Book club", start: "2027-02-26T23:00:00.000Z", end: "2027-02-27T00:00:00.000Z" },
      { ...plain, key: "6a5b4c3d2e1f0a9b8c7d6e5f4a@google.com#20270331T220000Z", title: "Book club", start: "2027-03-31T22:00:00.000Z", end: "2027-03-31T23:00:00.000Z" },
    ]);
    expect(stored.find((row) => row.title === "Team standup")!.memo).toBe(
      "Daily sync: what we did, what we will do, what is in the way. Join from the small meeting room or the video link in the invitation.",
    );
    // Every schedule with a reminder ahead has its queue row (the first standup's 10 minutes before).
    expect(stored.find((row) => row.title === "Team standup")!.reminder?.remindAt.toISOString()).toBe("2027-01-04T14:20:00.000Z");

    // What the calendar shows of January: the series' occurrences without the deleted ones, the moved one at its new time.
    const january = await as().schedule.range({ from: at("2027-01-01T05:00:00Z"), to: at("2027-02-01T05:00:00Z") });
    expect(january.map((item) => `${item.startAt.toISOString().slice(5, 16)} ${item.title}`)).toEqual([
      "01-04T14:30 Team standup",
      "01-06T14:30 Team standup",
      "01-13T19:00 Team standup (afternoon)",
      "01-18T00:00 Company holiday",
      "01-18T14:30 Team standup",
      "01-20T14:00 Dentist",
      "01-20T14:30 Team standup",
      "01-21T15:00 Call with the Berlin office",
      "01-25T07:00 Workshop in Berlin",
      "01-25T14:30 Team standup",
      "01-29T23:00 Book club",
    ]);
  });

  it("writes nothing the second time; a changed event is updated in place, and a move made in Planner stays", async ({ importFile, rows, as }) => {
    await importFile(FIXTURE);
    const before = await rows();
    const standup = before.find((row) => row.title === "Team standup")!;
    // The owner moves the standup of 4 January in Planner.
    await as().schedule.update({ id: standup.id, occurrenceStartAt: at("2027-01-04T14:30:00Z"), startAt: at("2027-01-04T16:00:00Z"), endAt: at("2027-01-04T16:30:00Z") });

    const again = await importFile(FIXTURE);
    expect(again.preview.summary.changes).toEqual({ new: 0, update: 0, unchanged: 10 });
    expect(again.written).toEqual({ created: 0, updated: 0, unchanged: 0 });
    // Sent anyway (an older page), nothing is written either.
    expect(await as().schedule.importBatch({ items: again.preview.items.map(({ change: _change, ...item }) => item) })).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect((await rows()).length).toBe(before.length + 1);

    // The dentist moves to 10:00 (SEQUENCE 1), and the cancelled standup of 27 January is back on.
    const changed = FIXTURE.replace("DTSTART;TZID=America/New_York:20270120T091000", "DTSTART;TZID=America/New_York:20270120T100000")
      .replace("DTEND;TZID=America/New_York:20270120T095000", "DTEND;TZID=America/New_York:20270120T110000")
      .replace("SUMMARY:Dentist", "SUMMARY:Dentist (new time)")
      .replace(/BEGIN:VEVENT\r\nDTSTART;TZID=America\/New_York:20270127T093000[\s\S]*?END:VEVENT\r\n/, "");
    const third = await importFile(changed);
    expect(third.preview.summary.changes).toEqual({ new: 0, update: 2, unchanged: 8 });
    expect(third.written).toEqual({ created: 0, updated: 2, unchanged: 0 });

    const after = await rows();
    expect(after.length).toBe(before.length + 1);
    const dentist = after.find((row) => row.icalUid === "9a8b7c6d5e4f3a2b1c0d9e8f7a@google.com")!;
    expect(dentist).toMatchObject({ id: before.find((row) => row.title === "Dentist")!.id, title: "Dentist (new time)", startAt: at("2027-01-20T15:00:00Z"), endAt: at("2027-01-20T16:00:00Z") });
    const series = after.find((row) => row.id === standup.id)!;
    expect(series.exceptions.map((exception) => exception.originalStartAt.toISOString())).toEqual([
      "2027-01-04T14:30:00.000Z",
      "2027-01-11T14:30:00.000Z",
      "2027-01-13T14:30:00.000Z",
    ]);
    // The occurrence moved in Planner is still there, at its new time.
    expect(after.filter((row) => row.seriesId === standup.id).map((row) => [row.icalUid, row.startAt.toISOString()])).toEqual([
      [null, "2027-01-04T16:00:00.000Z"],
      [STANDUP_UID, "2027-01-13T19:00:00.000Z"],
    ]);
  });
});

describe("exporting what was imported", () => {
  it("a schedule's .ics keeps the UID it came with, so the other calendar updates its event instead of adding one", async ({ importFile, rows, as }) => {
    await importFile(FIXTURE);
    const standup = (await rows()).find((row) => row.icalUid === STANDUP_UID && row.seriesId === null)!;
    const file = await as().schedule.calendarFile({ id: standup.id });
    expect(file.content).toContain(`UID:${STANDUP_UID}`);
    expect(file.content).not.toContain(`UID:${standup.id}@planner`);
  });
});

describe("two imports at once", () => {
  it("never writes an event twice: the second batch finds it, or is refused with its own error", async ({ as, db, owner }) => {
    const { items } = await as().schedule.importPreview({ text: FIXTURE });
    const batch = { items: items.map(({ change: _change, ...item }) => item) };
    const outcomes = await Promise.all([0, 1].map(() => as().schedule.importBatch(batch).then(() => "OK", (error: { code: string }) => error.code)));
    expect(outcomes.every((outcome) => outcome === "OK" || outcome === "CONFLICT"), outcomes.join()).toBe(true);
    expect(await db.prisma.schedule.count({ where: { ownerId: owner.id } })).toBe(11);
  });
});

describe("whose calendar", () => {
  it("imports into the caller's own calendar only: an admin's file lands in the admin's, another owner cannot be named, subscribers are read-only", async ({ db, callerAt, admin, owner, subscriber }) => {
    const { items } = await callerAt(admin).schedule.importPreview({ text: FIXTURE });
    const batch = items.map(({ change: _change, ...item }) => item);
    expect(await callerAt(admin).schedule.importBatch({ items: batch })).toMatchObject({ created: 10 });
    expect(await db.prisma.schedule.count({ where: { ownerId: admin.id } })).toBe(11);
    expect(await db.prisma.schedule.count({ where: { ownerId: owner.id } })).toBe(0);
    await expect(callerAt(admin).schedule.importBatch({ items: batch, ownerId: owner.id } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerAt(subscriber).schedule.importPreview({ text: FIXTURE })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("files that cannot be imported", () => {
  it("refuses a file that is not iCalendar, one without events and one over 5 MB, each with its own error", async ({ refusal }) => {
    expect((await refusal("schedule.importPreview", { text: "Subject,Start Date\nDentist,01/20/2027" })).data).toMatchObject({ code: "BAD_REQUEST", errorCode: "importNotICalendar" });
    expect((await refusal("schedule.importPreview", { text: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nEND:VCALENDAR\r\n" })).data).toMatchObject({
      code: "BAD_REQUEST",
      errorCode: "importNoEvents",
    });
    const huge = await refusal("schedule.importPreview", { text: `BEGIN:VCALENDAR\r\n${"X".repeat(MAX_IMPORT_BYTES)}` });
    expect(huge.data).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { text: ["Choose a file of at most 5 MB."] } });
  });

  it("leaves out what it cannot hold, saying why, and imports the rest", async ({ as }) => {
    const event = (lines: string) => `BEGIN:VEVENT\r\n${lines.trim().split("\n").map((line) => line.trim()).join("\r\n")}\r\nEND:VEVENT`;
    const text = [
      "BEGIN:VCALENDAR",
      event("UID:ok\nDTSTART:20270301T150000Z\nDTEND:20270301T160000Z\nSUMMARY:Fine"),
      event("UID:no-start\nSUMMARY:No start"),
      event("DTSTART:20270302T150000Z\nSUMMARY:No UID"),
      event("UID:long\nDTSTART;VALUE=DATE:20270301\nDTEND;VALUE=DATE:20270320\nSUMMARY:Three weeks away"),
      event("UID:backwards\nDTSTART:20270302T150000Z\nDTEND:20270302T140000Z\nSUMMARY:Backwards"),
      event("UID:broken\nDTSTART:2027-03-02\nSUMMARY:Broken date"),
      event("UID:gone\nDTSTART:20270303T150000Z\nSTATUS:CANCELLED\nSUMMARY:Called off"),
      event("UID:hourly\nDTSTART:20270303T150000Z\nRRULE:FREQ=HOURLY;COUNT=3\nSUMMARY:Every hour"),
      event(`UID:wordy\nDTSTART:20270304T150000Z\nSUMMARY:${"Long title ".repeat(20)}\nDESCRIPTION:${"word ".repeat(500)}`),
      event("UID:alarms\nDTSTART:20270305T150000Z\nSUMMARY:Alarms\nBEGIN:VALARM\nTRIGGER;RELATED=END:-PT5M\nEND:VALARM\nBEGIN:VALARM\nTRIGGER:PT5M\nEND:VALARM\nBEGIN:VALARM\nTRIGGER:-PT15M\nEND:VALARM"),
      "BEGIN:VTODO\r\nUID:todo\r\nSUMMARY:A task\r\nEND:VTODO",
      "END:VCALENDAR",
    ].join("\r\n");
    const { summary, items } = await as().schedule.importPreview({ text });
    expect(items.map((item) => item.key)).toEqual(["ok", "wordy", "alarms"]);
    expect(summary.skipped.byReason).toEqual({ noStart: 1, noUid: 1, tooLong: 1, endBeforeStart: 1, unreadable: 1, cancelled: 1, unsupportedRepeat: 1 });
    expect(summary.skipped.listed.find((note) => note.reason === "unreadable")).toMatchObject({ title: "Broken date" });
    expect(summary.shortened).toMatchObject({ titles: 1, memos: 1 });
    expect(items[1]!.title).toHaveLength(120);
    expect(items[1]!.title.endsWith("…")).toBe(true);
    // From the end and after the start cannot be kept; 15 minutes before can. No DTEND: 30 minutes.
    expect(summary.remindersDropped).toBe(2);
    expect(items[2]).toMatchObject({ reminders: [15], endAt: at("2027-03-05T15:30:00Z") });
    expect(summary.otherComponents).toBe(1);
  });

  it("checks every batch again: a changed item that breaks the rules is refused", async ({ as, refusal }) => {
    const { items } = await as().schedule.importPreview({ text: FIXTURE });
    const dentist = items.find((item) => item.title === "Dentist")!;
    const { change: _change, ...item } = dentist;
    const offGrid = { ...item, startAt: at("2027-01-20T14:10:00Z") };
    expect((await refusal("schedule.importBatch", { items: [offGrid] })).data).toMatchObject({ code: "BAD_REQUEST", errorCode: "importOutOfDate" });
    const standup = items.find((candidate) => candidate.key === STANDUP_UID)!;
    const { change: _again, ...series } = standup;
    const notAnOccurrence = { ...series, exceptions: [at("2027-01-05T14:30:00Z")] };
    expect((await refusal("schedule.importBatch", { items: [notAnOccurrence] })).data).toMatchObject({ code: "BAD_REQUEST", errorCode: "importOutOfDate" });
  });
});
