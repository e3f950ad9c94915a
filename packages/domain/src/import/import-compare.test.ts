import { describe, expect, it } from "vitest";
import { importChange, type StoredImport } from "./import-compare";
import type { ImportItem } from "./import-item";

const at = (iso: string) => new Date(iso);
const fields = { title: "Sync", memo: "", startAt: at("2027-01-04T14:00:00Z"), endAt: at("2027-01-04T15:00:00Z"), allDay: false };
const item: ImportItem = {
  key: "s@example.com",
  ...fields,
  reminders: [1440, 10],
  recurrence: "RRULE:FREQ=WEEKLY;COUNT=4",
  timeZone: "America/New_York",
  exceptions: [at("2027-01-11T14:00:00Z")],
  overrides: [{ ...fields, title: "Sync (moved)", startAt: at("2027-01-18T18:00:00Z"), endAt: at("2027-01-18T19:00:00Z"), reminders: [], originalStartAt: at("2027-01-18T14:00:00Z") }],
};
const stored: StoredImport = {
  id: "series",
  ...fields,
  reminderMinutes: [1440, 10],
  recurrence: item.recurrence,
  timeZone: item.timeZone,
  exceptions: [at("2027-01-11T14:00:00Z"), at("2027-01-18T14:00:00Z")],
  overrides: [{ id: "moved", ...item.overrides[0]!, reminderMinutes: [], imported: true }],
};

describe("importChange", () => {
  it("is new without a stored row, unchanged when everything the file says is as stored", () => {
    expect(importChange(item, null)).toBe("new");
    expect(importChange(item, stored)).toBe("unchanged");
  });

  it("keeps occurrences moved in Planner out of the comparison", () => {
    const ownMove = { id: "own", ...fields, reminderMinutes: [], originalStartAt: at("2027-01-25T14:00:00Z"), imported: false };
    expect(importChange(item, { ...stored, exceptions: [...stored.exceptions, ownMove.originalStartAt], overrides: [...stored.overrides, ownMove] })).toBe("unchanged");
  });

  it("is an update when a field, a reminder, the rule, an exception or a moved occurrence differs", () => {
    expect(importChange({ ...item, title: "Sync!" }, stored)).toBe("update");
    expect(importChange({ ...item, reminders: [10] }, stored)).toBe("update");
    expect(importChange({ ...item, recurrence: "RRULE:FREQ=WEEKLY;COUNT=5" }, stored)).toBe("update");
    expect(importChange({ ...item, exceptions: [] }, stored)).toBe("update");
    expect(importChange({ ...item, overrides: [] }, stored)).toBe("update");
    expect(importChange({ ...item, overrides: [{ ...item.overrides[0]!, title: "Moved again" }] }, stored)).toBe("update");
  });
});
