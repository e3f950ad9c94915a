import { afterAll, describe, expect, it, vi } from "vitest";
import { expectRow, type Row } from "./test-table";

// Saturday 5 December 2026, 20:00 in New York: the same instant as the other tables' "now".
const NEW_YORK_SATURDAY_8PM = { now: new Date("2026-12-06T01:00:00Z"), timeZone: "America/New_York" };

describe("parseQuickAdd in America/New_York (Saturday 2026-12-05 20:00)", () => {
  const english: Row[] = [
    ["tomorrow 3pm call mom", { contents: "call mom", dueOn: "2026-12-06", dueTime: "15:00" }],
    ["9pm call", { contents: "call", dueOn: "2026-12-05", dueTime: "21:00" }],
    ["7pm dinner", { contents: "dinner", dueOn: "2026-12-06", dueTime: "19:00" }],
    ["saturday clean up", { contents: "clean up", dueOn: "2026-12-05" }],
    ["sunday brunch", { contents: "brunch", dueOn: "2026-12-06" }],
    ["p1 report on 3 cases", { contents: "report on 3 cases", priority: 1 }],
  ];
  const korean: Row[] = [
    ["오늘 장보기", { contents: "장보기", dueOn: "2026-12-05" }],
    ["내일 오전 9시 운동", { contents: "운동", dueOn: "2026-12-06", dueTime: "09:00" }],
    ["토요일 청소", { contents: "청소", dueOn: "2026-12-05" }],
    ["다음 주 월요일 회의", { contents: "회의", dueOn: "2026-12-07" }],
    ["3개 구매", { contents: "3개 구매" }],
  ];
  it.each(english)("%s", (text, expected) => expectRow(text, expected, { locale: "en", ...NEW_YORK_SATURDAY_8PM }));
  it.each(korean)("%s", (text, expected) => expectRow(text, expected, { locale: "ko", ...NEW_YORK_SATURDAY_8PM }));

  it("reads wall-clock dates across the change to daylight time (14 March 2027)", () => {
    const saturdayNoon = { now: new Date("2027-03-13T17:00:00Z"), timeZone: "America/New_York" };
    expectRow("tomorrow 9am", { contents: "tomorrow 9am", dueOn: "2027-03-14", dueTime: "09:00" }, { locale: "en", ...saturdayNoon });
    expectRow("모레 오후 6시 저녁", { contents: "저녁", dueOn: "2027-03-15", dueTime: "18:00" }, { locale: "ko", ...saturdayNoon });
  });
});

describe("parseQuickAdd: weeks", () => {
  it("counts 이번 주 / 다음 주 in the owner's weeks (Monday first)", () => {
    const mondayFirst = { locale: "ko", weekStart: 1 } as const;
    expectRow("이번 주 금요일 보고서", { contents: "보고서", dueOn: "2026-12-04" }, mondayFirst);
    expectRow("다음 주 월요일 회의", { contents: "회의", dueOn: "2026-12-07" }, mondayFirst);
    expectRow("다음 주 보고", { contents: "보고", dueOn: "2026-12-07" }, mondayFirst);
    expectRow("이번 주말 캠핑", { contents: "캠핑", dueOn: "2026-12-05" }, mondayFirst);
  });

  it("reads the same on a Wednesday whichever day starts the week", () => {
    const wednesday = new Date("2026-12-09T01:00:00Z");
    for (const weekStart of [0, 1] as const) {
      const options = { locale: "ko", now: wednesday, weekStart } as const;
      expectRow("이번 주 금요일 보고서", { contents: "보고서", dueOn: "2026-12-11" }, options);
      expectRow("다음 주 월요일 회의", { contents: "회의", dueOn: "2026-12-14" }, options);
      expectRow("월요일 회의", { contents: "회의", dueOn: "2026-12-14" }, options);
      expectRow("수요일 회의", { contents: "회의", dueOn: "2026-12-09" }, options);
    }
  });
});

// chrono's own forwardDate answered differently on machines in other zones (see refiners.ts):
// the reading must not depend on the zone of the machine (the browser's, the test runner's).
describe.each([
  ["UTC", 0],
  ["Asia/Seoul", -540],
  ["America/Los_Angeles", 480],
  ["Pacific/Kiritimati", -840],
  ["Pacific/Pago_Pago", 660],
])("parseQuickAdd on a machine in %s", (machineZone, offsetInDecember) => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  // Friday 4 December 2026, 10:00 in Seoul: "friday" is today, "9am" has passed.
  const fridayMorning = { now: new Date("2026-12-04T01:00:00Z") };
  const rows: [Row, "en" | "ko"][] = [
    [["friday review", { contents: "review", dueOn: "2026-12-04" }], "en"],
    [["this friday review", { contents: "review", dueOn: "2026-12-04" }], "en"],
    [["3pm call", { contents: "call", dueOn: "2026-12-04", dueTime: "15:00" }], "en"],
    [["9am gym", { contents: "gym", dueOn: "2026-12-05", dueTime: "09:00" }], "en"],
    [["Dec 4 party", { contents: "party", dueOn: "2026-12-04" }], "en"],
    [["Dec 3 party", { contents: "party", dueOn: "2027-12-03" }], "en"],
    [["금요일 보고", { contents: "보고", dueOn: "2026-12-04" }], "ko"],
    [["목요일 보고", { contents: "보고", dueOn: "2026-12-10" }], "ko"],
    [["내일 오후 3시 보고서", { contents: "보고서", dueOn: "2026-12-05", dueTime: "15:00" }], "ko"],
    [["자정 마감", { contents: "마감", dueOn: "2026-12-05", dueTime: "00:00" }], "ko"],
  ];

  it("reads the same dates", () => {
    vi.stubEnv("TZ", machineZone);
    // The machine's zone really changed (Node reads TZ when it is set).
    expect(new Date("2026-12-04T00:00:00Z").getTimezoneOffset()).toBe(offsetInDecember);
    for (const [[text, expected], locale] of rows) expectRow(text, expected, { locale, ...fridayMorning });
  });
});
