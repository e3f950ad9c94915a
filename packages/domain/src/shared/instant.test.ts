import { describe, expect, it } from "vitest";
import { scheduleRangeInput } from "../schedule/schemas";
import { restoreTodoInput } from "../todo/schemas";
import { INSTANT_RANGE_MESSAGE, instantSchema } from "./instant";

// The ends of JavaScript's Date (years −271821 and 275760) and the first instants past 1900–2200.
const OUT_OF_RANGE = [new Date(-8.64e15), new Date(8.64e15), new Date("1899-12-31T23:59:59.999Z"), new Date("2201-01-01T00:00:00.000Z")];

describe("instantSchema", () => {
  it("takes 1900-01-01 to 2200-12-31 (UTC), both days whole", () => {
    const schema = instantSchema();
    for (const iso of ["1900-01-01T00:00:00.000Z", "2026-11-21T10:00:00Z", "2200-12-31T23:59:59.999Z"]) {
      expect(schema.safeParse(new Date(iso)).success, iso).toBe(true);
    }
  });

  it.each(OUT_OF_RANGE)("refuses %s as out of range", (date) => {
    expect(instantSchema().safeParse(date).error?.issues).toMatchObject([{ message: INSTANT_RANGE_MESSAGE, params: { kind: "outOfRange" } }]);
  });

  it("still refuses an invalid date as missing", () => {
    expect(instantSchema().safeParse(new Date(Number.NaN)).error?.issues[0]?.message).toBe("Choose a date and time.");
  });

  it("guards every date of the inputs: a schedule window, a restored todo's creation", () => {
    const from = new Date(8.64e15 - 3_600_000);
    expect(scheduleRangeInput.safeParse({ from, to: new Date(8.64e15) }).error?.issues).toMatchObject([
      { path: ["from"], message: INSTANT_RANGE_MESSAGE },
      { path: ["to"], message: INSTANT_RANGE_MESSAGE },
    ]);
    expect(restoreTodoInput.safeParse({ id: "0190c0de-0000-7000-8000-000000000000", contents: "x", done: false, createdAt: new Date(-8.64e15) }).success).toBe(false);
  });
});
