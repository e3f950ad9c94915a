import { describe, expect, it } from "vitest";
import { dayHeading, dayRange, dayWord, dueLabel } from "./due-labels";

const words = { today: "Today", tomorrow: "Tomorrow", yesterday: "Yesterday" } as const;
const t = (key: keyof typeof words) => words[key];
const today = "2026-12-06";
// ICU's narrow spaces as plain ones; Korean times as this machine's ICU writes them ("오후 3:30", or "PM 3:30" without Korean day periods).
const plain = (text: string | null) => text?.replace(/[\u202f\u2009\u00a0]/g, " ") ?? null;
const koTime = (iso: string) => plain(new Intl.DateTimeFormat("ko-KR", { hour: "numeric", minute: "2-digit", timeZone: "Asia/Seoul" }).format(new Date(iso)));

describe("due labels", () => {
  it("says today, tomorrow and yesterday, the date otherwise, and the time on the owner's clock", () => {
    expect(dueLabel({ dueOn: null, dueAt: null }, today, "en", "Asia/Seoul", t)).toBeNull();
    expect(dueLabel({ dueOn: "2026-12-06", dueAt: null }, today, "en", "Asia/Seoul", t)).toBe("Today");
    expect(plain(dueLabel({ dueOn: "2026-12-07", dueAt: new Date("2026-12-07T06:00:00Z") }, today, "en", "Asia/Seoul", t))).toBe("Tomorrow 3:00 PM");
    expect(dueLabel({ dueOn: "2026-12-05", dueAt: null }, today, "en", "Asia/Seoul", t)).toBe("Yesterday");
    expect(dueLabel({ dueOn: "2026-12-24", dueAt: null }, today, "en", "Asia/Seoul", t)).toBe("Dec 24");
    expect(dueLabel({ dueOn: "2027-01-02", dueAt: null }, today, "ko", "Asia/Seoul", t)).toBe("2027년 1월 2일");
    expect(plain(dueLabel({ dueOn: "2026-12-24", dueAt: new Date("2026-12-24T06:30:00Z") }, today, "ko", "Asia/Seoul", t))).toBe(`12월 24일 ${koTime("2026-12-24T06:30:00Z")}`);
  });

  it("heads Upcoming's days in each language", () => {
    expect(dayHeading("2026-12-07", today, "en")).toBe("Mon, Dec 7");
    expect(dayHeading("2026-12-07", today, "ko")).toBe("12월 7일 (월)");
    expect(dayHeading("2027-01-04", today, "en")).toBe("Mon, Jan 4, 2027");
    expect(dayWord("2026-12-06", today)).toBe("today");
    expect(dayWord("2026-12-07", today)).toBe("tomorrow");
    expect(dayWord("2026-12-08", today)).toBeNull();
    expect(plain(dayRange("2026-12-09", "2026-12-11", today, "en"))).toBe("Wed, Dec 9 – Fri, Dec 11");
    expect(dayRange("2026-12-09", "2026-12-09", today, "ko")).toBe("12월 9일 (수)");
  });
});
