import { describe, expect } from "vitest";
import { apiTest, openSharedDb } from "./fixture";
import type { TestAccount } from "./helpers";
import { sendRest } from "./support/rest-http";
import { envelope, errorOf, sendRaw } from "./support/trpc-http";

// Repeating and all-day schedules through the API (issue 15): occurrences in
// `range`, changes and deletes of one occurrence, this and the following, or
// all; done per occurrence; reminders and the schedule_reminders row they keep.
// The test clock stands at TEST_NOW (Saturday 21 November 2026, 10:00 UTC); the owner's zone is UTC.

const at = (iso: string) => new Date(iso);
const DECEMBER = { from: at("2026-12-01T00:00:00Z"), to: at("2027-01-01T00:00:00Z") };
const starts = (items: { startAt: Date }[]) => items.map((item) => item.startAt.toISOString().slice(5, 16));

const it = apiTest
  .extend("as", ({ callerAt, owner }) => () => callerAt(owner))
  // The refusal a client sees over HTTP (fields and codes), for `owner` unless another account is named.
  .extend(
    "refusal",
    ({ db, owner }) =>
      async (path: string, input: unknown, account: TestAccount = owner) =>
        errorOf((await sendRaw(db, { paths: [path], type: "mutation", raw: envelope(input), account })).body),
  )
  // What is stored for a schedule: its row, exceptions, overrides and reminder row.
  .extend("stored", ({ db }) => async (id: string) => {
    const row = await db.prisma.schedule.findUniqueOrThrow({ where: { id } });
    const exceptions = await db.prisma.scheduleException.findMany({ where: { scheduleId: id }, orderBy: { originalStartAt: "asc" } });
    const overrides = await db.prisma.schedule.findMany({ where: { seriesId: id }, orderBy: { originalStartAt: "asc" } });
    const reminder = await db.prisma.scheduleReminder.findUnique({ where: { scheduleId: id } });
    return { row, exceptions: exceptions.map((e) => e.originalStartAt.toISOString()), overrides, remindAt: reminder?.remindAt.toISOString() ?? null };
  });
it.beforeAll(openSharedDb);

const weekly = { title: "Stand-up", startAt: at("2026-12-07T09:00:00Z"), endAt: at("2026-12-07T09:30:00Z"), recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6" };

describe("range with repeating and all-day schedules", () => {
  it("returns a month's occurrences (weekly MO,WE; monthly on the 31st; daily with an exception and an override) and all-day days, by start", async ({ as }) => {
    const standUp = await as().schedule.create(weekly);
    expect(standUp).toMatchObject({ recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", seriesId: standUp.id, allDay: false, startDate: null });
    const rent = await as().schedule.create({ title: "Rent", startAt: at("2026-10-31T12:00:00Z"), endAt: at("2026-10-31T12:30:00Z"), recurrence: "rrule:freq=monthly;bymonthday=31" });
    const run = await as().schedule.create({ title: "Run", startAt: at("2026-12-25T06:00:00Z"), endAt: at("2026-12-25T07:00:00Z"), recurrence: "RRULE:FREQ=DAILY;COUNT=5" });
    await as().schedule.delete({ id: run.id, occurrenceStartAt: at("2026-12-26T06:00:00Z") });
    const moved = await as().schedule.update({ id: run.id, occurrenceStartAt: at("2026-12-27T06:00:00Z"), startAt: at("2026-12-27T08:00:00Z"), endAt: at("2026-12-27T09:00:00Z"), title: "Long run" });
    const trip = await as().schedule.create({ title: "Trip", startDate: "2026-12-18", endDate: "2026-12-20" });

    const month = await as().schedule.range(DECEMBER);
    expect(month.map((item) => [item.title, item.startAt.toISOString().slice(5, 16)])).toEqual([
      ["Stand-up", "12-07T09:00"],
      ["Stand-up", "12-09T09:00"],
      ["Stand-up", "12-14T09:00"],
      ["Stand-up", "12-16T09:00"],
      ["Trip", "12-18T00:00"],
      ["Stand-up", "12-21T09:00"],
      ["Stand-up", "12-23T09:00"],
      ["Run", "12-25T06:00"],
      ["Long run", "12-27T08:00"],
      ["Run", "12-28T06:00"],
      ["Run", "12-29T06:00"],
      ["Rent", "12-31T12:00"],
    ]);
    const occurrence = month.find((item) => item.title === "Stand-up" && item.startAt.getUTCDate() === 14)!;
    expect(occurrence).toMatchObject({ id: standUp.id, seriesId: standUp.id, occurrenceStartAt: at("2026-12-14T09:00:00Z"), readOnly: false });
    expect(month.find((item) => item.title === "Long run")).toMatchObject({ id: moved.id, seriesId: run.id, occurrenceStartAt: at("2026-12-27T06:00:00Z"), recurrence: "RRULE:FREQ=DAILY;COUNT=5" });
    expect(month.find((item) => item.title === "Trip")).toMatchObject({ id: trip.id, allDay: true, startDate: "2026-12-18", endDate: "2026-12-20", seriesId: null, occurrenceStartAt: null, recurrence: null });
    // Months without a 31st have none (RFC 5545); November shows no rent.
    expect((await as().schedule.range({ from: at("2026-11-01T00:00:00Z"), to: at("2026-12-01T00:00:00Z") })).map((item) => item.title)).toEqual([]);
    expect(rent.recurrence).toBe("RRULE:FREQ=MONTHLY;BYMONTHDAY=31");
  });

  it("finds a series that began long before the window, and not one that ended before it", async ({ as }) => {
    await as().schedule.create({ title: "Old weekly", startAt: at("2025-01-06T09:00:00Z"), endAt: at("2025-01-06T10:00:00Z"), recurrence: "RRULE:FREQ=WEEKLY" });
    await as().schedule.create({ title: "Ended", startAt: at("2025-01-06T09:00:00Z"), endAt: at("2025-01-06T10:00:00Z"), recurrence: "RRULE:FREQ=WEEKLY;UNTIL=20251130" });
    const month = await as().schedule.range(DECEMBER);
    expect(month.map((item) => item.title)).toEqual(Array(4).fill("Old weekly"));
    expect(starts(month)).toEqual(["12-07T09:00", "12-14T09:00", "12-21T09:00", "12-28T09:00"]);
  });

  it("stores a series from its first real occurrence and the end of its last", async ({ as, stored }) => {
    // Weekly on Monday and Wednesday, given a Sunday: it starts on the Monday.
    const created = await as().schedule.create({ ...weekly, startAt: at("2026-12-06T09:00:00Z"), endAt: at("2026-12-06T09:30:00Z") });
    const { row } = await stored(created.id);
    expect(row).toMatchObject({ startAt: at("2026-12-07T09:00:00Z"), timeZone: "UTC", repeatsUntil: at("2026-12-23T09:30:00Z") });
    const forever = await as().schedule.create({ ...weekly, recurrence: "RRULE:FREQ=DAILY" });
    expect((await stored(forever.id)).row.repeatsUntil).toEqual(at("2200-12-31T23:59:59.999Z"));
  });
});

describe("all-day schedules", () => {
  it("are created, moved and resized by dates", async ({ as, stored }) => {
    const trip = await as().schedule.create({ title: "Trip", startDate: "2026-12-18", endDate: "2026-12-20" });
    expect(trip).toMatchObject({ allDay: true, startDate: "2026-12-18", endDate: "2026-12-20", startAt: at("2026-12-18T00:00:00Z"), endAt: at("2026-12-21T00:00:00Z") });
    expect(await as().schedule.update({ id: trip.id, startDate: "2026-12-19", endDate: "2026-12-21" })).toMatchObject({ startDate: "2026-12-19", endDate: "2026-12-21" });
    expect(await as().schedule.update({ id: trip.id, endDate: "2026-12-23" })).toMatchObject({ startDate: "2026-12-19", endDate: "2026-12-23" });
    const day = await as().schedule.create({ title: "Holiday", startDate: "2026-12-25" });
    expect(day).toMatchObject({ startDate: "2026-12-25", endDate: "2026-12-25" });
    // Back to a timed schedule.
    expect(await as().schedule.update({ id: day.id, startAt: at("2026-12-25T10:00:00Z"), endAt: at("2026-12-25T11:00:00Z") })).toMatchObject({ allDay: false, startDate: null });
    expect((await stored(day.id)).row.allDay).toBe(false);
  });

  it("repeat on dates (yearly birthdays) and take the all-day reminder defaults", async ({ as }) => {
    const birthday = await as().schedule.create({ title: "Birthday", startDate: "2026-12-24", recurrence: "RRULE:FREQ=YEARLY" });
    expect(birthday.reminders).toEqual([{ minutesBefore: 900 }]);
    const days = await as().schedule.range({ from: at("2027-12-01T00:00:00Z"), to: at("2028-01-01T00:00:00Z") });
    expect(days.map((item) => [item.startDate, item.endDate, item.occurrenceStartAt?.toISOString()])).toEqual([["2027-12-24", "2027-12-24", "2027-12-24T00:00:00.000Z"]]);
  });
});

describe("changing a repeating schedule", () => {
  it("changes one occurrence: an override row of its own and an exception on the series; changed again, the same row", async ({ as, stored }) => {
    const series = await as().schedule.create(weekly);
    const occurrenceStartAt = at("2026-12-09T09:00:00Z");
    const changed = await as().schedule.update({ id: series.id, occurrenceStartAt, startAt: at("2026-12-09T13:00:00Z"), endAt: at("2026-12-09T14:00:00Z") });
    expect(changed).toMatchObject({ seriesId: series.id, occurrenceStartAt, title: "Stand-up", recurrence: weekly.recurrence });
    expect(changed.id).not.toBe(series.id);
    const again = await as().schedule.update({ id: series.id, occurrenceStartAt, title: "Late stand-up" });
    expect(again.id).toBe(changed.id);
    // The override edited by its own id (scope this by default).
    expect(await as().schedule.update({ id: changed.id, memo: "room 2" })).toMatchObject({ id: changed.id, title: "Late stand-up", memo: "room 2", startAt: at("2026-12-09T13:00:00Z") });
    const { exceptions, overrides } = await stored(series.id);
    expect(exceptions).toEqual(["2026-12-09T09:00:00.000Z"]);
    expect(overrides.map((row) => row.id)).toEqual([changed.id]);
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-07T09:00", "12-09T13:00", "12-14T09:00", "12-16T09:00", "12-21T09:00", "12-23T09:00"]);
  });

  it("changes this and the following: the series ends before it, a new one goes on with the change and takes later overrides and exceptions", async ({ as, stored }) => {
    const series = await as().schedule.create(weekly);
    const override = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-21T09:00:00Z"), memo: "with guests" });
    await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-16T09:00:00Z") });
    const later = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-14T09:00:00Z"), scope: "following", startAt: at("2026-12-14T10:00:00Z"), endAt: at("2026-12-14T10:30:00Z"), title: "Later stand-up" });
    expect(later.id).not.toBe(series.id);
    expect(later).toMatchObject({ seriesId: later.id, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4", occurrenceStartAt: at("2026-12-14T10:00:00Z") });

    const first = await stored(series.id);
    expect(first.row.recurrence).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=2");
    expect(first.row.repeatsUntil).toEqual(at("2026-12-09T09:30:00Z"));
    expect(first.exceptions).toEqual([]);
    const second = await stored(later.id);
    // The deleted occurrence and the override's, shifted with the series.
    expect(second.exceptions).toEqual(["2026-12-16T10:00:00.000Z", "2026-12-21T10:00:00.000Z"]);
    expect(second.overrides.map((row) => [row.id, row.originalStartAt?.toISOString(), row.title, row.memo])).toEqual([[override.id, "2026-12-21T10:00:00.000Z", "Later stand-up", "with guests"]]);

    const month = await as().schedule.range(DECEMBER);
    expect(month.map((item) => [item.title, item.startAt.toISOString().slice(5, 16)])).toEqual([
      ["Stand-up", "12-07T09:00"],
      ["Stand-up", "12-09T09:00"],
      ["Later stand-up", "12-14T10:00"],
      // The override kept its own time (it was not moved), 09:00.
      ["Later stand-up", "12-21T09:00"],
      ["Later stand-up", "12-23T10:00"],
    ]);
  });

  it("cuts a rule without COUNT at the second before the occurrence; from the first occurrence it is `all`", async ({ as, stored }) => {
    const series = await as().schedule.create({ ...weekly, recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE" });
    const later = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-14T09:00:00Z"), scope: "following", title: "New name" });
    expect((await stored(series.id)).row.recurrence).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261214T085959Z");
    expect(later.recurrence).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,WE");
    const whole = await as().schedule.update({ id: later.id, occurrenceStartAt: at("2026-12-14T09:00:00Z"), scope: "following", title: "Renamed again" });
    expect(whole.id).toBe(later.id);
  });

  it("changes all: a time given for one occurrence moves the series by as much, exceptions with it; overrides keep their times and take the title", async ({ as, stored }) => {
    const series = await as().schedule.create(weekly);
    await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-16T09:00:00Z") });
    const override = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-21T09:00:00Z"), startAt: at("2026-12-21T15:00:00Z"), endAt: at("2026-12-21T15:30:00Z") });
    const all = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z"), scope: "all", startAt: at("2026-12-09T11:00:00Z"), endAt: at("2026-12-09T12:00:00Z"), title: "Stand-up at 11" });
    expect(all).toMatchObject({ id: series.id, startAt: at("2026-12-09T11:00:00Z"), endAt: at("2026-12-09T12:00:00Z"), occurrenceStartAt: at("2026-12-09T11:00:00Z") });
    const { row, exceptions, overrides } = await stored(series.id);
    expect(row).toMatchObject({ startAt: at("2026-12-07T11:00:00Z"), endAt: at("2026-12-07T12:00:00Z") });
    expect(exceptions).toEqual(["2026-12-16T11:00:00.000Z", "2026-12-21T11:00:00.000Z"]);
    expect(overrides.map((o) => [o.id, o.title, o.startAt.toISOString(), o.originalStartAt?.toISOString()])).toEqual([
      [override.id, "Stand-up at 11", "2026-12-21T15:00:00.000Z", "2026-12-21T11:00:00.000Z"],
    ]);
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-07T11:00", "12-09T11:00", "12-14T11:00", "12-21T15:00", "12-23T11:00"]);
  });

  it("moved to another day with `all`, weekly weekdays move with it", async ({ as }) => {
    const series = await as().schedule.create(weekly);
    const moved = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-07T09:00:00Z"), scope: "all", startAt: at("2026-12-08T09:00:00Z"), endAt: at("2026-12-08T09:30:00Z") });
    expect(moved.recurrence).toBe("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6");
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-08T09:00", "12-10T09:00", "12-15T09:00", "12-17T09:00", "12-22T09:00", "12-24T09:00"]);
  });

  it("without a rule any more (recurrence: null on all) becomes a one-off at that occurrence: exceptions go, other overrides stay as one-offs", async ({ as, stored, db }) => {
    const series = await as().schedule.create(weekly);
    await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-16T09:00:00Z") });
    const override = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-21T09:00:00Z"), memo: "keep me" });
    const single = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z"), scope: "all", recurrence: null });
    expect(single).toMatchObject({ id: series.id, recurrence: null, seriesId: null, startAt: at("2026-12-09T09:00:00Z") });
    const { row, exceptions } = await stored(series.id);
    expect(row).toMatchObject({ recurrence: null, repeatsUntil: null, timeZone: null });
    expect(exceptions).toEqual([]);
    expect(await db.prisma.schedule.findUniqueOrThrow({ where: { id: override.id } })).toMatchObject({ seriesId: null, originalStartAt: null, memo: "keep me" });
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-09T09:00", "12-21T09:00"]);
  });

  it("a one-off given a rule starts repeating from its start", async ({ as, stored }) => {
    const one = await as().schedule.create({ title: "Gym", startAt: at("2026-12-01T18:00:00Z"), endAt: at("2026-12-01T19:00:00Z") });
    const repeating = await as().schedule.update({ id: one.id, recurrence: "RRULE:FREQ=WEEKLY;COUNT=3" });
    expect(repeating).toMatchObject({ recurrence: "RRULE:FREQ=WEEKLY;COUNT=3", seriesId: one.id });
    expect((await stored(one.id)).row).toMatchObject({ timeZone: "UTC", repeatsUntil: at("2026-12-15T19:00:00Z") });
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-01T18:00", "12-08T18:00", "12-15T18:00"]);
  });
});

describe("deleting from a repeating schedule", () => {
  it("deletes one occurrence (an exception; its override too), this and the following (the series cut), or all (with overrides and exceptions)", async ({ as, stored, db }) => {
    const series = await as().schedule.create(weekly);
    const override = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z"), title: "Changed" });
    expect(await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z") })).toEqual({ id: series.id });
    expect(await db.prisma.schedule.count({ where: { id: override.id } })).toBe(0);
    await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-14T09:00:00Z"), scope: "this" });
    expect((await stored(series.id)).exceptions).toEqual(["2026-12-09T09:00:00.000Z", "2026-12-14T09:00:00.000Z"]);
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-07T09:00", "12-16T09:00", "12-21T09:00", "12-23T09:00"]);

    const late = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-23T09:00:00Z"), memo: "x" });
    await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-21T09:00:00Z"), scope: "following" });
    expect((await stored(series.id)).row.recurrence).toBe("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4");
    expect(await db.prisma.schedule.count({ where: { id: late.id } })).toBe(0);
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-07T09:00", "12-16T09:00"]);

    await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-16T09:00:00Z"), title: "kept?" });
    await as().schedule.delete({ id: series.id, scope: "all" });
    expect(await db.prisma.schedule.count()).toBe(0);
    expect(await db.prisma.scheduleException.count()).toBe(0);
  });

  it("through an override: `this` deletes it (the occurrence stays gone), `following` cuts its series at its original start", async ({ as, stored }) => {
    const series = await as().schedule.create(weekly);
    const first = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z"), title: "one" });
    await as().schedule.delete({ id: first.id });
    expect((await stored(series.id)).exceptions).toEqual(["2026-12-09T09:00:00.000Z"]);
    const second = await as().schedule.update({ id: series.id, occurrenceStartAt: at("2026-12-16T09:00:00Z"), title: "two" });
    await as().schedule.delete({ id: second.id, occurrenceStartAt: at("2026-12-16T09:00:00Z"), scope: "following" });
    expect(starts(await as().schedule.range(DECEMBER))).toEqual(["12-07T09:00", "12-14T09:00"]);
  });
});

describe("undoing the delete of one occurrence", () => {
  it("brings the occurrence back with its reminder row; refuses one that is there, one never deleted, a one-off", async ({ as, stored, refusal }) => {
    const series = await as().schedule.create({ ...weekly, reminders: [{ minutesBefore: 60 }] });
    const gone = at("2026-12-07T09:00:00Z");
    await as().schedule.delete({ id: series.id, occurrenceStartAt: gone, scope: "this" });
    expect((await stored(series.id)).remindAt).toBe("2026-12-09T08:00:00.000Z");
    const back = await as().schedule.restoreOccurrence({ id: series.id, occurrenceStartAt: gone });
    expect(back).toMatchObject({ id: series.id, seriesId: series.id, startAt: gone, occurrenceStartAt: gone });
    expect(await stored(series.id)).toMatchObject({ exceptions: [], remindAt: "2026-12-07T08:00:00.000Z" });
    expect(starts(await as().schedule.range(DECEMBER))[0]).toBe("12-07T09:00");

    expect((await refusal("schedule.restoreOccurrence", { id: series.id, occurrenceStartAt: gone })).data).toMatchObject({ code: "CONFLICT", errorCode: "scheduleExists" });
    expect((await refusal("schedule.restoreOccurrence", { id: series.id, occurrenceStartAt: at("2026-12-08T09:00:00Z") })).data).toMatchObject({ code: "BAD_REQUEST", errorCode: "notAnOccurrence" });
    const oneOff = await as().schedule.create({ title: "Once", startAt: at("2026-12-10T09:00:00Z"), endAt: at("2026-12-10T10:00:00Z") });
    expect((await refusal("schedule.restoreOccurrence", { id: oneOff.id, occurrenceStartAt: oneOff.startAt })).data).toMatchObject({ code: "BAD_REQUEST", errorCode: "scheduleNotRepeating" });
  });
});

describe("done per occurrence", () => {
  it("marks one occurrence done (an override with the status); the series stays planned", async ({ as }) => {
    const series = await as().schedule.create(weekly);
    const done = await as().schedule.setStatus({ id: series.id, status: "CLOSED", occurrenceStartAt: at("2026-12-09T09:00:00Z") });
    expect(done).toMatchObject({ status: "CLOSED", seriesId: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z") });
    const month = await as().schedule.range(DECEMBER);
    expect(month.map((item) => item.status)).toEqual(["OPEN", "CLOSED", "OPEN", "OPEN", "OPEN", "OPEN"]);
    // Planned again, through the override.
    expect(await as().schedule.setStatus({ id: done.id, status: "OPEN" })).toMatchObject({ id: done.id, status: "OPEN" });
    expect(await as().schedule.setStatus({ id: series.id, status: "CLOSED" })).toMatchObject({ id: series.id, status: "CLOSED" });
  });
});

describe("reminders", () => {
  it("default to the owner's settings (timed or all-day), [] means none, and are kept sorted", async ({ as, db, owner, stored }) => {
    await db.prisma.user.update({ where: { id: owner.id }, data: { timedReminderDefaults: [30], allDayReminderDefaults: [-540] } });
    const timed = await as().schedule.create({ title: "t", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z") });
    expect(timed.reminders).toEqual([{ minutesBefore: 30 }]);
    expect((await as().schedule.create({ title: "a", startDate: "2026-12-02" })).reminders).toEqual([{ minutesBefore: -540 }]);
    const none = await as().schedule.create({ title: "n", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z"), reminders: [] });
    expect(none.reminders).toEqual([]);
    expect((await stored(none.id)).remindAt).toBeNull();
    const chosen = await as().schedule.update({ id: timed.id, reminders: [{ minutesBefore: 10 }, { minutesBefore: 1440 }] });
    expect(chosen.reminders).toEqual([{ minutesBefore: 1440 }, { minutesBefore: 10 }]);
  });

  it("keep the schedule_reminders row at the next reminder through every write", async ({ as, clock, stored }) => {
    // Made 3 hours ahead with 1 hour and 10 minutes: the hour before is next.
    const soon = await as().schedule.create({ title: "Soon", startAt: clock.later(3), endAt: clock.later(4), reminders: [{ minutesBefore: 60 }, { minutesBefore: 10 }] });
    expect((await stored(soon.id)).remindAt).toBe(clock.later(2).toISOString());
    await as().schedule.update({ id: soon.id, startAt: clock.later(5), endAt: clock.later(6) });
    expect((await stored(soon.id)).remindAt).toBe(clock.later(4).toISOString());
    await as().schedule.setStatus({ id: soon.id, status: "CLOSED" });
    expect((await stored(soon.id)).remindAt).toBeNull();
    await as().schedule.setStatus({ id: soon.id, status: "OPEN" });
    expect((await stored(soon.id)).remindAt).toBe(clock.later(4).toISOString());

    // Daily from yesterday at 09:00: the next is tomorrow's 08:50 (today's has begun).
    const daily = await as().schedule.create({ title: "Daily", startAt: at("2026-11-20T09:00:00Z"), endAt: at("2026-11-20T09:30:00Z"), recurrence: "RRULE:FREQ=DAILY", reminders: [{ minutesBefore: 10 }] });
    expect((await stored(daily.id)).remindAt).toBe("2026-11-22T08:50:00.000Z");
    // Tomorrow's deleted: the day after.
    await as().schedule.delete({ id: daily.id, occurrenceStartAt: at("2026-11-22T09:00:00Z") });
    expect((await stored(daily.id)).remindAt).toBe("2026-11-23T08:50:00.000Z");
    // The 23rd changed on its own: its override is reminded, the series skips to the 24th.
    const override = await as().schedule.update({ id: daily.id, occurrenceStartAt: at("2026-11-23T09:00:00Z"), startAt: at("2026-11-23T12:00:00Z"), endAt: at("2026-11-23T12:30:00Z") });
    expect((await stored(override.id)).remindAt).toBe("2026-11-23T11:50:00.000Z");
    expect((await stored(daily.id)).remindAt).toBe("2026-11-24T08:50:00.000Z");
  });
});

describe("bad input is a 400 naming the field, never a 500", () => {
  it.for([
    ["a bad RRULE", { ...weekly, recurrence: "RRULE:FREQ=HOURLY" }, "recurrence", undefined],
    ["a rule with no occurrence", { ...weekly, recurrence: "RRULE:FREQ=WEEKLY;UNTIL=20261201" }, "recurrence", "recurrenceNoOccurrence"],
    ["dates and times mixed", { title: "x", startDate: "2026-12-01", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z") }, "startDate", undefined],
    ["a reminder after a timed start", { ...weekly, reminders: [{ minutesBefore: -10 }] }, "reminders", "reminderAfterStart"],
  ] as const)("create refuses %s", async ([_label, input, field, code], { refusal, db }) => {
    const error = await refusal("schedule.create", input);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.data.fieldErrors ?? {})).toContain(field);
    if (code) expect(error.data.errorCode).toBe(code);
    expect(await db.prisma.schedule.count()).toBe(0);
  });

  it("update and delete refuse an occurrence that is not one, and scopes on a one-off", async ({ as, refusal }) => {
    const series = await as().schedule.create(weekly);
    for (const path of ["schedule.update", "schedule.delete", "schedule.setStatus"]) {
      const input = { id: series.id, occurrenceStartAt: at("2026-12-08T09:00:00Z"), ...(path === "schedule.setStatus" ? { status: "CLOSED" } : {}) };
      const error = await refusal(path, input);
      expect(error.data).toMatchObject({ code: "BAD_REQUEST", errorCode: "notAnOccurrence" });
      expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(["occurrenceStartAt"]);
    }
    const one = await as().schedule.create({ title: "one", startAt: at("2026-12-01T09:00:00Z"), endAt: at("2026-12-01T10:00:00Z") });
    expect((await refusal("schedule.update", { id: one.id, occurrenceStartAt: at("2026-12-01T09:00:00Z"), title: "y" })).data).toMatchObject({ code: "BAD_REQUEST", errorCode: "scheduleNotRepeating" });
    expect((await refusal("schedule.delete", { id: one.id, scope: "following", occurrenceStartAt: at("2026-12-01T09:00:00Z") })).data).toMatchObject({ errorCode: "scheduleNotRepeating" });
    // A rule for one occurrence alone.
    const own = await refusal("schedule.update", { id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z"), recurrence: "RRULE:FREQ=DAILY" });
    expect(own.data).toMatchObject({ code: "BAD_REQUEST", errorCode: "occurrenceRuleChange" });
    // A deleted occurrence is no longer one.
    await as().schedule.delete({ id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z") });
    expect((await refusal("schedule.update", { id: series.id, occurrenceStartAt: at("2026-12-09T09:00:00Z"), title: "z" })).data).toMatchObject({ errorCode: "notAnOccurrence" });
  });
});

describe("REST", () => {
  it("creates with recurrence, all-day dates and reminders, and deletes one occurrence with query parameters", async ({ db, owner, clock }) => {
    const session = owner.session;
    const now = clock.now;
    const created = await sendRest<{ id: string; recurrence: string; reminders: unknown }>(db, {
      method: "POST",
      path: "/schedules",
      session,
      now,
      body: { title: "Stand-up", startAt: "2026-12-07T09:00:00Z", endAt: "2026-12-07T09:30:00Z", recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", reminders: [{ minutesBefore: 15 }] },
    });
    expect(created).toMatchObject({ status: 200, body: { recurrence: "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6", reminders: [{ minutesBefore: 15 }] } });
    const id = created.body.id;
    const deleted = await sendRest(db, { method: "DELETE", path: `/schedules/${id}?occurrenceStartAt=2026-12-09T09:00:00Z&scope=this`, session, now });
    expect(deleted).toMatchObject({ status: 200, body: { id } });
    const patched = await sendRest<{ occurrenceStartAt: string; title: string }>(db, {
      method: "PATCH",
      path: `/schedules/${id}`,
      session,
      now,
      body: { occurrenceStartAt: "2026-12-14T09:00:00Z", scope: "this", title: "Moved" },
    });
    expect(patched.body).toMatchObject({ occurrenceStartAt: "2026-12-14T09:00:00.000Z", title: "Moved" });
    const month = await sendRest<{ startAt: string; title: string; seriesId: string }[]>(db, { method: "GET", path: "/schedules?from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z", session, now });
    expect(month.body.map((item) => [item.startAt.slice(5, 16), item.title])).toEqual([
      ["12-07T09:00", "Stand-up"],
      ["12-14T09:00", "Moved"],
      ["12-16T09:00", "Stand-up"],
      ["12-21T09:00", "Stand-up"],
      ["12-23T09:00", "Stand-up"],
    ]);
    const day = await sendRest<{ startDate: string; endDate: string; allDay: boolean }>(db, { method: "POST", path: "/schedules", session, now, body: { title: "Trip", startDate: "2026-12-18", endDate: "2026-12-20" } });
    expect(day.body).toMatchObject({ allDay: true, startDate: "2026-12-18", endDate: "2026-12-20" });
    const bad = await sendRest<{ error: { fieldErrors: Record<string, string[]> } }>(db, { method: "DELETE", path: `/schedules/${id}?occurrenceStartAt=2026-12-08T09:00:00Z`, session, now });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fieldErrors)).toEqual(["occurrenceStartAt"]);
  });
});
