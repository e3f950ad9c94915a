import { tzOffset } from "@date-fns/tz";
import { Chrono, casual, type ParsedResult, type ParsingReference } from "chrono-node/en";
import { isLocalDate } from "../../schedule/all-day";
import type { WeekStart } from "../../schedule/week-start";
import type { Locale } from "../../user/locale";
import { koreanParsers } from "./korean-parsers";
import { DaytimeHourRefiner, DueDateFilter, RawPieceRefiner, WallClockForwardRefiner, type RawPiece } from "./refiners";
import type { QuickAddPart } from "./types";

export interface Span {
  start: number;
  end: number;
}

export interface DueReading {
  dueOn?: string;
  dueTime?: string;
  /** The highlighted date and time pieces. */
  parts: QuickAddPart[];
  /** What leaves the contents: the pieces with what joins them ("Dec 24, 3pm"). */
  removals: Span[];
}

interface DueSettings {
  now: Date;
  timeZone: string;
  locale: Locale;
  weekStart: WeekStart;
}

// A word before a due date that only says "due": "pay rent by friday", "due on Dec 24".
const CONNECTOR_BEFORE = /(?:^|\s)(by|due|on|at|before|until|till)\s+$/iu;

/**
 * The first date and/or time in `text` (names and priorities already blanked out), read on the
 * owner's wall clock. In Korean the reading is one chrono holding the Korean parsers and
 * chrono's English ones, so "내일 3pm" merges into one due; in English, English first, then that.
 */
export function readDue(text: string, settings: DueSettings): DueReading {
  const reference: ParsingReference = { instant: settings.now, timezone: offsetMinutes(settings) };
  const readings = settings.locale === "ko" ? [true] : [false, true];
  for (const withKorean of readings) {
    const pieces: RawPiece[] = [];
    const chrono = new Chrono({
      parsers: [...(withKorean ? koreanParsers(settings.weekStart) : []), ...casual.parsers],
      refiners: [new RawPieceRefiner(pieces), ...casual.refiners, new DueDateFilter(), new DaytimeHourRefiner(), new WallClockForwardRefiner()],
    });
    const reading = dueOf(text, chrono.parse(text, reference), pieces);
    if (reading) return reading;
  }
  return { parts: [], removals: [] };
}

/**
 * The zone's offset now, in minutes. chrono's `timezone` takes an offset or an abbreviation,
 * not an IANA name (an unknown name silently means the machine's zone), so it is given as a number.
 */
function offsetMinutes({ timeZone, now }: DueSettings): number | undefined {
  const offset = tzOffset(timeZone, now);
  return Number.isFinite(offset) ? offset : undefined;
}

function dueOf(text: string, results: ParsedResult[], pieces: RawPiece[]): DueReading | undefined {
  const [first, ...others] = results;
  if (!first) return undefined;
  // A date and a time apart ("내일 보고서 제출 오후 3시") make one due, as if written together.
  const firstHasTime = first.start.isCertain("hour");
  const partner = isOnlyTime(first)
    ? others.find((other) => !other.start.isCertain("hour") && !isOnlyTime(other))
    : !firstHasTime
      ? others.find((other) => isOnlyTime(other) && other.start.isCertain("hour"))
      : undefined;
  const dated = partner && isOnlyTime(first) ? partner : first;
  const timed = firstHasTime ? first : partner;

  const dueOn = localDate(dated);
  if (!dueOn) return undefined;
  const dueTime = timed ? `${pad(timed.start.get("hour") ?? 0)}:${pad(timed.start.get("minute") ?? 0)}` : undefined;

  const used = partner ? [first, partner] : [first];
  const parts: QuickAddPart[] = [];
  const removals: Span[] = [];
  for (const result of used) {
    const span = withConnector(text, { start: result.index, end: result.index + result.text.length });
    removals.push(span);
    parts.push(...highlights(text, span, pieces));
  }
  return { dueOn, dueTime, parts: parts.sort((a, b) => a.start - b.start), removals };
}

function isOnlyTime(result: ParsedResult): boolean {
  return !(["weekday", "day", "month", "year"] as const).some((component) => result.start.isCertain(component));
}

function localDate(result: ParsedResult): string | undefined {
  const year = result.start.get("year");
  const month = result.start.get("month");
  const day = result.start.get("day");
  if (year === null || month === null || day === null) return undefined;
  const date = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isLocalDate(date) ? date : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function withConnector(text: string, span: Span): Span {
  let start = span.start;
  for (;;) {
    const match = CONNECTOR_BEFORE.exec(text.slice(0, start));
    if (!match?.[1]) return { start, end: span.end };
    start = match.index + match[0].indexOf(match[1]);
  }
}

/**
 * The highlight of one due: the parsers' pieces inside its span, each run of date pieces
 * and each run of time pieces one part ("tomorrow" date, "at 3pm" time). A connector before
 * a part ("by", "at") is highlighted with it, as it leaves the contents with it.
 */
function highlights(text: string, span: Span, pieces: readonly RawPiece[]): QuickAddPart[] {
  const inside = pieces
    .filter((piece) => piece.start >= span.start && piece.end <= span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: RawPiece[] = [];
  for (const piece of inside) {
    const last = groups.at(-1);
    if (last && (piece.start < last.end || piece.onlyTime === last.onlyTime)) {
      last.end = Math.max(last.end, piece.end);
      last.onlyTime &&= piece.onlyTime;
    } else {
      groups.push({ ...piece });
    }
  }
  if (groups.length === 0) groups.push({ ...span, onlyTime: false });
  return groups.map((group, index) => {
    const start = index === 0 ? span.start : Math.max(withConnector(text, group).start, groups[index - 1]?.end ?? 0);
    return { kind: group.onlyTime ? "time" : "date", start, end: group.end, text: text.slice(start, group.end) };
  });
}
