// Types only from the package root: its code loads every language, the "/en" entry only English.
import type { ParsingContext } from "chrono-node";
import { Meridiem, type ParsingComponents, type ParsingResult, type Refiner } from "chrono-node/en";
import { KOREAN_PAST_TAG } from "./korean-parsers";

/** What a parser found before chrono merged it with its neighbours: the highlight's pieces. */
export interface RawPiece {
  start: number;
  end: number;
  onlyTime: boolean;
}

/** Keeps the parsers' own results (the first refiner sees them unmerged). */
export class RawPieceRefiner implements Refiner {
  constructor(private readonly sink: RawPiece[]) {}

  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      // "morning" alone knows no hour: it colours the date ("tomorrow morning"), not a time;
      // "in 3 hours" is a time.
      const start = result.start;
      const onlyTime = (start.isOnlyTime() && start.isCertain("hour")) || start.tags().has("result/relativeDateAndTime");
      this.sink.push({ start: result.index, end: result.index + result.text.length, onlyTime });
    }
    return results;
  }
}

// Lower-case English words chrono reads as dates that are, in a todo, far more often words:
// "sun" tan, "sat" down ("Sun" and "Sat" still count), and do it "now" (not a due date).
const WORDS_NOT_DATES = new Set(["sun", "sat", "now"]);

/**
 * Drops what chrono reads that is not a due date: a part of the day alone ("night shift"),
 * a month without a day ("march forward", "in May"; "in a month" is a day),
 * "24/7" (day first: we read M/D only),
 * and the words above.
 */
export class DueDateFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      const start = result.start;
      const knowsSomething = (["year", "month", "day", "weekday", "hour", "minute"] as const).some((c) => start.isCertain(c));
      if (!knowsSomething) return false;
      if (start.isCertain("month") && !start.isCertain("day") && !start.tags().has("result/relativeDate")) return false;
      const text = result.text.trim();
      if (WORDS_NOT_DATES.has(text) || text.toLowerCase() === "now") return false;
      const slash = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d])/u.exec(text);
      return !(slash && Number(slash[1]) > 12);
    });
  }
}

/**
 * An hour without am/pm is read as chrono reads it ("at 3" is 03:00) except 1–6, which in a
 * todo are afternoon: "call Ann at 3" is at 15:00, as "3시 회의" is in Korean. A leading zero
 * ("05:30") is the 24-hour clock and stays.
 */
export class DaytimeHourRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const start = result.start;
      const hour = start.get("hour") ?? 0;
      if (!start.isCertain("hour") || start.isCertain("meridiem") || hour < 1 || hour > 6) continue;
      if (/(?<!\d)0\d:\d\d/u.test(result.text)) continue;
      start.assign("hour", hour + 12);
      start.assign("meridiem", Meridiem.PM);
    }
    return results;
  }
}

/**
 * chrono's `forwardDate` compares the reference moved to the machine's clock with instants
 * in the reference's zone, so when the two zones differ its answer changes with the machine
 * ("friday" on a Friday morning in Seoul was today on a Seoul machine and next week on a UTC
 * one). This refiner moves results forward on the reference's wall clock instead, by rules
 * for due dates:
 * - a time alone that has passed today is tomorrow ("9am" at 10:00);
 * - a weekday alone is its next day, today included ("friday" on a Friday is today);
 * - a day and month without a year is the next one, today included ("Dec 5" on 6 Dec 2026 is 2027).
 * Past words ("last friday", "어제", "지난주 금요일") stay in the past.
 */
export class WallClockForwardRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const reference = context.reference.getDateWithAdjustedTimezone();
    const today = dayNumber(reference.getFullYear(), reference.getMonth() + 1, reference.getDate());
    const nowMinutes = reference.getHours() * 60 + reference.getMinutes();

    for (const result of results) {
      const start = result.start;
      if (isPast(result)) continue;
      if (start.isOnlyTime()) {
        const minutes = (start.get("hour") ?? 0) * 60 + (start.get("minute") ?? 0);
        if (dayOf(start) === today && minutes < nowMinutes) shiftDays(start, 1);
      } else if (start.isCertain("weekday") && !start.isCertain("day") && !start.isCertain("month")) {
        while (dayOf(start) < today) shiftDays(start, 7);
      } else if (start.isCertain("month") && start.isCertain("day") && !start.isCertain("year")) {
        // 29 February moves to the next year that has one.
        for (let tries = 0; tries < 8 && (dayOf(start) < today || !isRealDate(start)); tries++) {
          start.imply("year", (start.get("year") ?? 0) + 1);
        }
      }
    }
    return results;
  }
}

function isPast(result: ParsingResult): boolean {
  return result.tags().has(KOREAN_PAST_TAG) || /\b(last|past|previous|ago|yesterday)\b/iu.test(result.text);
}

function dayNumber(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

function dayOf(components: ParsingComponents): number {
  return dayNumber(components.get("year") ?? 0, components.get("month") ?? 0, components.get("day") ?? 0);
}

function isRealDate(components: ParsingComponents): boolean {
  const year = components.get("year") ?? 0;
  const month = components.get("month") ?? 0;
  const day = components.get("day") ?? 0;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Moves the implied date by whole days (calendar arithmetic in UTC: no daylight-saving gaps). */
function shiftDays(components: ParsingComponents, days: number): void {
  const date = new Date(Date.UTC(components.get("year") ?? 0, (components.get("month") ?? 1) - 1, (components.get("day") ?? 1) + days));
  components.imply("year", date.getUTCFullYear());
  components.imply("month", date.getUTCMonth() + 1);
  components.imply("day", date.getUTCDate());
  components.imply("weekday", date.getUTCDay());
}
