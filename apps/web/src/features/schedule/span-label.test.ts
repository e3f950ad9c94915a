import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../../messages/en.json";
import ko from "../../../messages/ko.json";
import { spanLabel, type SpanWords } from "./span-label";

const words = (locale: "en" | "ko"): SpanWords => {
  const t = createTranslator({ locale, messages: locale === "en" ? en : ko, namespace: "schedule" });
  return (key, values) => t(key, values);
};
const label = (start: string, end: string, zone: string, locale: "en" | "ko") => spanLabel(new Date(start), new Date(end), zone, locale, words(locale));
// ICU puts a narrow no-break space before AM/PM; compare with plain spaces.
const plain = (text: string | null) => text?.replace(/[\u202f\u00a0]/g, " ") ?? null;
// Korean times as this machine's ICU writes them ("오후 11:00", or "PM 11:00" where its data lacks Korean day periods).
const koTime = (iso: string, zone: string) =>
  plain(new Intl.DateTimeFormat("ko-KR", { hour: "numeric", minute: "2-digit", timeZone: zone }).format(new Date(iso)));

describe("spanLabel", () => {
  it("says nothing for a schedule within one day, one ending at midnight included", () => {
    expect(label("2026-12-06T14:00:00Z", "2026-12-06T15:00:00Z", "Asia/Seoul", "en")).toBeNull();
    // 23:00–24:00 in Seoul.
    expect(label("2026-12-06T14:00:00Z", "2026-12-06T15:00:00Z", "Asia/Seoul", "ko")).toBeNull();
  });

  it("names the next day's end in English and Korean (Seoul)", () => {
    // 23:00 on 6 December to 01:00 on the 7th, Seoul time.
    expect(plain(label("2026-12-06T14:00:00Z", "2026-12-06T16:00:00Z", "Asia/Seoul", "en"))).toBe("11:00 PM – 1:00 AM (next day)");
    expect(plain(label("2026-12-06T14:00:00Z", "2026-12-06T16:00:00Z", "Asia/Seoul", "ko"))).toBe(`${koTime("2026-12-06T14:00:00Z", "Asia/Seoul")} – 다음 날 ${koTime("2026-12-06T16:00:00Z", "Asia/Seoul")}`);
  });

  it("names both days for a span over several days", () => {
    expect(plain(label("2026-12-06T14:00:00Z", "2026-12-08T16:00:00Z", "Asia/Seoul", "en"))).toBe("Dec 6, 11:00 PM – Dec 9, 1:00 AM");
    expect(plain(label("2026-12-06T14:00:00Z", "2026-12-08T16:00:00Z", "Asia/Seoul", "ko"))).toBe(`12월 6일 ${koTime("2026-12-06T14:00:00Z", "Asia/Seoul")} – 12월 9일 ${koTime("2026-12-08T16:00:00Z", "Asia/Seoul")}`);
  });

  it("reads the clock of the calendar's zone on New York's daylight-saving days", () => {
    // 7 March 23:00 EST to 8 March 03:00 EDT (clocks went forward at 02:00): three hours of wall clock, two real.
    expect(plain(label("2026-03-08T04:00:00Z", "2026-03-08T07:00:00Z", "America/New_York", "en"))).toBe("11:00 PM – 3:00 AM (next day)");
    expect(plain(label("2026-03-08T04:00:00Z", "2026-03-08T07:00:00Z", "America/New_York", "ko"))).toBe(`${koTime("2026-03-08T04:00:00Z", "America/New_York")} – 다음 날 ${koTime("2026-03-08T07:00:00Z", "America/New_York")}`);
    // 31 October 23:30 EDT to 1 November 01:30 EST (the second 1:30, after the clocks went back).
    expect(plain(label("2026-11-01T03:30:00Z", "2026-11-01T06:30:00Z", "America/New_York", "en"))).toBe("11:30 PM – 1:30 AM (next day)");
    // The same instants are one day's schedule in Seoul (12:30–15:30 on 1 November).
    expect(label("2026-11-01T03:30:00Z", "2026-11-01T06:30:00Z", "Asia/Seoul", "en")).toBeNull();
  });

  it("writes Korean times with the day period first", () => {
    expect(koTime("2026-12-06T14:00:00Z", "Asia/Seoul")).toMatch(/^(오후|PM) 11:00$/);
  });

  it("counts days across a month's end", () => {
    expect(plain(label("2026-12-31T22:00:00Z", "2027-01-01T01:00:00Z", "UTC", "en"))).toBe("10:00 PM – 1:00 AM (next day)");
  });
});
