import type { ParsingContext } from "chrono-node";
import { Meridiem, ParsingComponents, type Parser } from "chrono-node/en";
import type { WeekStart } from "../../schedule/week-start";

/**
 * Korean dates and times as chrono parsers (chrono has no Korean locale). Each parser only
 * reads its words into chrono's components; chrono's own refiners merge a date with the time
 * next to it ("내일 오후 3시") and do the calendar arithmetic. Every form needs a unit or a
 * word around its number ("12월 24일", "3시", "3일 후"): a bare number, or one with a counter
 * ("3개", "2명", "1차"), is never a date.
 */

/** Tags the refiners read: a past day ("어제") is not moved forward. */
export const KOREAN_PAST_TAG = "quick-add/ko-past";

// A particle may follow the date or time ("내일까지", "3시에", "금요일엔"); then the word ends:
// at a space, punctuation, the end, or straight into a time ("내일오후3시", "모레3시").
const PARTICLE = "(?:에는|에|엔|까지는|까지|부터|쯤에|쯤|경에|경|은|는|도)?";
const WORD_END = `${PARTICLE}(?=$|[^\\p{L}\\p{N}]|오전|오후|아침|낮|점심|저녁|밤|새벽|\\d)`;
/** Date words a time may follow without a space ("내일오후3시", "금요일3시"). */
const DATE_WORD_BEFORE = /(오늘|내일|모레|글피|어제|그제|요일|주말|\d일|후|뒤)$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const NATIVE_NUMBERS: Record<string, number> = {
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 열한: 11, 열두: 12,
};
// Longest first, so "열한" is not read as "열".
const NATIVE_NUMBER = "열한|열두|다섯|여섯|일곱|여덟|아홉|한|두|세|네|열";
const WEEKDAYS: Record<string, number> = { 일: 0, 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6 };
const WEEK_WORD = "이번|다음|다다음|지난|저번";
const WEEK_OFFSET: Record<string, number> = { 이번: 0, 다음: 1, 다다음: 2, 지난: -1, 저번: -1 };

abstract class KoreanParser implements Parser {
  protected abstract readonly regex: RegExp;
  /** Whether the match may follow a date word with no space between ("내일오후3시"). */
  protected readonly mayFollowDate: boolean = false;

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const index = match.index ?? 0;
    const before = context.text[index - 1];
    // chrono runs the pattern on the text after its last match, so the word's start is checked here.
    if (before !== undefined && WORD_CHAR.test(before)) {
      if (!this.mayFollowDate || !DATE_WORD_BEFORE.test(context.text.slice(0, index))) return null;
    }
    return this.read(context, match);
  }

  protected abstract read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null;
}

/** 오늘, 내일, 모레 (내일모레), 글피; 어제, 그제 (kept in the past). */
export class KoreanRelativeDayParser extends KoreanParser {
  protected readonly regex = new RegExp(
    `(내일\\s?모레|낼\\s?모레|오늘|금일|내일|명일|모레|글피|어제|어저께|그제|그저께|엊그제)${WORD_END}`,
    "u",
  );

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const word = (match[1] ?? "").replace(/\s/gu, "");
    const days = RELATIVE_DAYS[word] ?? 0;
    const components = ParsingComponents.createRelativeFromReference(context.reference, { day: days });
    return days < 0 ? components.addTag(KOREAN_PAST_TAG) : components;
  }
}

const RELATIVE_DAYS: Record<string, number> = {
  오늘: 0, 금일: 0, 내일: 1, 명일: 1, 모레: 2, 내일모레: 2, 낼모레: 2, 글피: 3,
  어제: -1, 어저께: -1, 그제: -2, 그저께: -2, 엊그제: -2,
};

/**
 * 금요일 (the next one, today included), 이번 주 금요일, 다음 주 월요일 / 다음주 월요일,
 * 다다음 주, 지난주; 주말 and 이번 주말 (its Saturday). "이번 주" is the week the owner's
 * calendar shows, so it depends on the week's first day.
 */
export class KoreanWeekdayParser extends KoreanParser {
  protected readonly regex = new RegExp(
    `(?:(?:(${WEEK_WORD})\\s?주\\s?)?([월화수목금토일])요일|(?:(${WEEK_WORD})\\s?)?주말)${WORD_END}`,
    "u",
  );

  constructor(private readonly weekStart: WeekStart) {
    super();
  }

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const weekWord = match[1] ?? match[3];
    const weekday = match[2] === undefined ? 6 : (WEEKDAYS[match[2]] ?? 0);
    const today = context.reference.getDateWithAdjustedTimezone().getDay();
    let days: number;
    if (weekWord === undefined) {
      days = (weekday - today + 7) % 7;
    } else {
      const weekStartOffset = -((today - this.weekStart + 7) % 7);
      days = weekStartOffset + 7 * (WEEK_OFFSET[weekWord] ?? 0) + ((weekday - this.weekStart + 7) % 7);
    }
    const components = ParsingComponents.createRelativeFromReference(context.reference, { day: days });
    return weekWord !== undefined && (WEEK_OFFSET[weekWord] ?? 0) < 0 ? components.addTag(KOREAN_PAST_TAG) : components;
  }
}

/** "다음 주" alone: the Monday of the next week. */
export class KoreanNextWeekParser extends KoreanParser {
  protected readonly regex = new RegExp(`(다음|다다음)\\s?주${WORD_END}(?!\\s?(?:[월화수목금토일]요일|주말))`, "u");

  constructor(private readonly weekStart: WeekStart) {
    super();
  }

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents {
    const today = context.reference.getDateWithAdjustedTimezone().getDay();
    const weekStartOffset = -((today - this.weekStart + 7) % 7);
    const monday = (1 - this.weekStart + 7) % 7;
    const weeks = match[1] === "다다음" ? 2 : 1;
    return ParsingComponents.createRelativeFromReference(context.reference, { day: weekStartOffset + 7 * weeks + monday });
  }
}

/** 12월 24일, 2027년 1월 3일, 내년 3월 1일. Without a year, the refiners pick the next 24 December. */
export class KoreanMonthDayParser extends KoreanParser {
  protected readonly regex = new RegExp(
    `(?:(?:(\\d{4})\\s?년|(올해|금년|내년|명년|후년))\\s?)?(\\d{1,2})\\s?월\\s?(\\d{1,2})\\s?일${WORD_END}`,
    "u",
  );

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const month = Number(match[3]);
    const day = Number(match[4]);
    const referenceYear = context.reference.getDateWithAdjustedTimezone().getFullYear();
    const year = match[1] !== undefined ? Number(match[1]) : match[2] !== undefined ? referenceYear + (YEAR_WORDS[match[2]] ?? 0) : undefined;
    if (year !== undefined) return isCalendarDate(year, month, day) ? context.createParsingComponents({ year, month, day }) : null;
    // Without a year, 29 February is in the next year that has one (the refiners move any date
    // already past to next year).
    const components = context.createParsingComponents({ month, day });
    for (let implied = referenceYear; implied < referenceYear + 8; implied++) {
      if (isCalendarDate(implied, month, day)) return components.imply("year", implied);
    }
    return null;
  }
}

const YEAR_WORDS: Record<string, number> = { 올해: 0, 금년: 0, 내년: 1, 명년: 1, 후년: 2 };

/** 이번 달 15일, 이달 20일, 다음 달 5일 / 다음달 5일: a day of a month counted from this one. */
export class KoreanMonthRelativeDayParser extends KoreanParser {
  protected readonly regex = new RegExp(`(이번|이|다음|다다음|지난|저번)\\s?달\\s?(\\d{1,2})\\s?일${WORD_END}`, "u");

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const offset = MONTH_OFFSET[match[1] ?? ""] ?? 0;
    const reference = context.reference.getDateWithAdjustedTimezone();
    const first = new Date(reference.getFullYear(), reference.getMonth() + offset, 1);
    const year = first.getFullYear();
    const month = first.getMonth() + 1;
    const day = Number(match[2]);
    if (!isCalendarDate(year, month, day)) return null;
    const components = context.createParsingComponents({ year, month, day });
    return offset < 0 ? components.addTag(KOREAN_PAST_TAG) : components;
  }
}

const MONTH_OFFSET: Record<string, number> = { 이번: 0, 이: 0, 다음: 1, 다다음: 2, 지난: -1, 저번: -1 };

/** 3일 후, 2주 뒤, 한 달 후, 3개월 후, 1년 후, 2시간 후, 30분 뒤; 하루 뒤, 이틀 후, 일주일 후. */
export class KoreanLaterParser extends KoreanParser {
  protected readonly regex = new RegExp(
    `(?:(\\d{1,3}|${NATIVE_NUMBER})\\s?(분|시간|일|주일|주|개월|달|년)|(하루|이틀|사흘|나흘|닷새|일주일|보름))\\s?(?:후|뒤|있다가)${WORD_END}`,
    "u",
  );

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    const duration = match[3] !== undefined ? DURATION_WORDS[match[3]] : unitDuration(match[1] ?? "", match[2] ?? "");
    if (!duration) return null;
    return ParsingComponents.createRelativeFromReference(context.reference, duration);
  }
}

const DURATION_WORDS: Record<string, { day?: number; week?: number }> = {
  하루: { day: 1 }, 이틀: { day: 2 }, 사흘: { day: 3 }, 나흘: { day: 4 }, 닷새: { day: 5 }, 일주일: { week: 1 }, 보름: { day: 15 },
};

function unitDuration(amount: string, unit: string): Record<string, number> | undefined {
  const count = /^\d+$/u.test(amount) ? Number(amount) : NATIVE_NUMBERS[amount];
  if (count === undefined || count === 0) return undefined;
  const key = { 분: "minute", 시간: "hour", 일: "day", 주일: "week", 주: "week", 개월: "month", 달: "month", 년: "year" }[unit];
  return key ? { [key]: count } : undefined;
}

/**
 * 오후 3시, 오전 9시 30분, 3시 반, 저녁 7시, 아침 8시, 밤 11시, 새벽 2시, 세 시, 정오, 자정.
 * Without 오전/오후, 1–6시 is afternoon (a "3시 회의" is at 15:00) and 7–12시 morning to noon.
 */
export class KoreanTimeParser extends KoreanParser {
  protected override readonly mayFollowDate = true;
  protected readonly regex = new RegExp(
    `(?:(?:(오전|오후|아침|낮|점심|저녁|밤|새벽)\\s?)?(\\d{1,2}|${NATIVE_NUMBER})\\s?시(?!간)(?:\\s?(\\d{1,2})\\s?분|\\s?(반))?|(정오|자정))${WORD_END}`,
    "u",
  );

  protected read(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | null {
    if (match[5] !== undefined) {
      const hour = match[5] === "정오" ? 12 : 0;
      return context.createParsingComponents({ hour, minute: 0, meridiem: hour === 12 ? Meridiem.PM : Meridiem.AM });
    }
    const written = match[2] ?? "";
    const isDigits = /^\d+$/u.test(written);
    const clock = isDigits ? Number(written) : (NATIVE_NUMBERS[written] ?? -1);
    const minute = match[4] !== undefined ? 30 : match[3] !== undefined ? Number(match[3]) : 0;
    if (minute > 59) return null;
    const hour = hourOfDay(clock, match[1]);
    if (hour === undefined) return null;
    return context.createParsingComponents({ hour, minute, meridiem: hour < 12 ? Meridiem.AM : Meridiem.PM });
  }
}

/** The 24-hour hour of "N시" after a part of the day (or none). */
function hourOfDay(clock: number, partOfDay: string | undefined): number | undefined {
  if (!Number.isInteger(clock) || clock < 0 || clock > 23) return undefined;
  if (partOfDay === undefined) {
    if (clock >= 1 && clock <= 6) return clock + 12;
    return clock;
  }
  if (clock > 12) return partOfDay === "오후" || partOfDay === "저녁" || partOfDay === "밤" ? clock : undefined;
  switch (partOfDay) {
    case "오전":
    case "새벽":
    case "아침":
      return clock % 12;
    case "오후":
    case "저녁":
      return (clock % 12) + 12;
    case "낮":
    case "점심":
      // 낮 12시 and 점심 12시 are noon, 낮 2시 is 14:00; 점심 11시 is still late morning.
      return clock === 12 ? 12 : clock >= 7 ? clock : clock + 12;
    case "밤":
      // 밤 9시 is 21:00, 밤 12시 midnight, 밤 2시 the small hours.
      return clock === 12 ? 0 : clock >= 6 ? clock + 12 : clock;
    default:
      return undefined;
  }
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every Korean parser, for a week starting on `weekStart`. */
export function koreanParsers(weekStart: WeekStart): Parser[] {
  return [
    new KoreanRelativeDayParser(),
    new KoreanWeekdayParser(weekStart),
    new KoreanNextWeekParser(weekStart),
    new KoreanMonthDayParser(),
    new KoreanMonthRelativeDayParser(),
    new KoreanLaterParser(),
    new KoreanTimeParser(),
  ];
}
