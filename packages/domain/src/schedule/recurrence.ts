/**
 * The repeat rules a schedule may have: the part of RFC 5545's RRULE that a
 * planner's "repeat" menu offers (as Google Calendar's does), checked here so
 * that every stored rule is one the dialog can show and change. Reading this
 * small subset by hand keeps the rrule library (expansion, occurrences.ts) out
 * of the pages that only show or edit a rule; rrule's own parser would also
 * accept parts the dialog cannot show.
 */
export const RECURRENCE_FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number];

export const MAX_RECURRENCE_INTERVAL = 99;
export const MAX_RECURRENCE_COUNT = 1000;
export const MAX_RECURRENCE_LENGTH = 500;

/** Where it stops: after `count` occurrences, through a local date, or at an instant (RFC 5545 UNTIL in UTC). */
export type RecurrenceEnd = { count: number } | { untilDate: string } | { until: Date } | null;

/** A rule the dialog can show: one of these shapes and an end. */
export type Recurrence = {
  freq: RecurrenceFrequency;
  interval: number;
  /** WEEKLY: the weekdays (in week order); empty means the start's weekday. */
  weekdays: WeekdayCode[];
  /** MONTHLY on a date (1–31, or −1 for the last day). Months without it are skipped, as RFC 5545 says. */
  monthDay: number | null;
  /** MONTHLY on the nth weekday (1–4, or −1 for the last). */
  nthWeekday: { nth: number; weekday: WeekdayCode } | null;
  /** Weeks start on Monday unless the rule says Sunday (it matters for every-N-weeks rules). */
  weekStart: "MO" | "SU";
  end: RecurrenceEnd;
};

export type RecurrenceParse = { ok: true; rule: Recurrence } | { ok: false; message: string };

const ALLOWED_PARTS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"]);
const NTH_WEEKDAY = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/;

function fail(message: string): RecurrenceParse {
  return { ok: false, message };
}

/**
 * Reads `RRULE:FREQ=…;…`. Anything outside the supported shapes is refused
 * with a sentence saying what to change, never stored half-understood.
 */
export function parseRecurrence(text: string): RecurrenceParse {
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail("Give the repeat rule, e.g. RRULE:FREQ=WEEKLY;BYDAY=MO,WE.");
  if (trimmed.length > MAX_RECURRENCE_LENGTH) return fail(`Keep the repeat rule to ${MAX_RECURRENCE_LENGTH} characters.`);
  if (!/^RRULE:/i.test(trimmed)) return fail("Start the repeat rule with RRULE:, e.g. RRULE:FREQ=DAILY;COUNT=5.");
  if (/[\r\n]/.test(trimmed)) return fail("Give one RRULE line; exceptions are made by changing or deleting single occurrences.");
  const body = trimmed.slice("RRULE:".length).toUpperCase();

  const parts = new Map<string, string>();
  for (const part of body.split(";")) {
    const [key, value, ...rest] = part.split("=");
    if (!key || value === undefined || value === "" || rest.length > 0) return fail(`"${part}" is not NAME=VALUE.`);
    if (!ALLOWED_PARTS.has(key)) return fail(`${key} is not supported; use FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL or WKST.`);
    if (parts.has(key)) return fail(`${key} is given twice.`);
    parts.set(key, value);
  }

  const freq = parts.get("FREQ");
  if (!freq) return fail("Say how often it repeats with FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).");
  if (!(RECURRENCE_FREQUENCIES as readonly string[]).includes(freq)) return fail("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY.");

  const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > MAX_RECURRENCE_INTERVAL) {
    return fail(`INTERVAL must be a whole number from 1 to ${MAX_RECURRENCE_INTERVAL}.`);
  }

  const weekStart = parts.get("WKST") ?? "MO";
  if (weekStart !== "MO" && weekStart !== "SU") return fail("WKST must be MO or SU.");

  const rule: Recurrence = { freq: freq as RecurrenceFrequency, interval, weekdays: [], monthDay: null, nthWeekday: null, weekStart, end: null };

  const byDay = parts.get("BYDAY");
  const byMonthDay = parts.get("BYMONTHDAY");
  if (byDay !== undefined) {
    const days = byDay.split(",").map((day) => NTH_WEEKDAY.exec(day));
    if (days.some((match) => !match)) return fail("BYDAY takes weekdays: MO, TU, WE, TH, FR, SA, SU (with a number before one for MONTHLY, e.g. 2TU).");
    if (freq === "WEEKLY") {
      if (days.some((match) => match![1] !== undefined)) return fail("For WEEKLY, BYDAY takes plain weekdays, e.g. BYDAY=MO,WE.");
      const chosen = new Set(days.map((match) => match![2] as WeekdayCode));
      rule.weekdays = WEEKDAYS.filter((day) => chosen.has(day));
    } else if (freq === "MONTHLY") {
      const nth = days.length === 1 ? Number(days[0]![1]) : Number.NaN;
      if (!Number.isInteger(nth) || !(nth === -1 || (nth >= 1 && nth <= 4))) {
        return fail("For MONTHLY, BYDAY takes one weekday with its week number: 1 to 4, or -1 for the last (e.g. 2TU).");
      }
      rule.nthWeekday = { nth, weekday: days[0]![2] as WeekdayCode };
    } else {
      return fail("BYDAY is for WEEKLY and MONTHLY rules.");
    }
  }
  if (byMonthDay !== undefined) {
    if (freq !== "MONTHLY") return fail("BYMONTHDAY is for MONTHLY rules.");
    if (byDay !== undefined) return fail("Give BYMONTHDAY or BYDAY, not both.");
    const day = Number(byMonthDay);
    if (!Number.isInteger(day) || !(day === -1 || (day >= 1 && day <= 31))) return fail("BYMONTHDAY must be 1 to 31, or -1 for the last day.");
    rule.monthDay = day;
  }

  const count = parts.get("COUNT");
  const until = parts.get("UNTIL");
  if (count !== undefined && until !== undefined) return fail("Give COUNT or UNTIL, not both.");
  if (count !== undefined) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > MAX_RECURRENCE_COUNT) return fail(`COUNT must be a whole number from 1 to ${MAX_RECURRENCE_COUNT}.`);
    rule.end = { count: n };
  }
  if (until !== undefined) {
    const end = parseUntil(until);
    if (!end) return fail("UNTIL must be a date (20260630) or a UTC time (20260630T235959Z).");
    rule.end = end;
  }
  return { ok: true, rule };
}

function parseUntil(value: string): RecurrenceEnd {
  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (date) {
    const iso = `${date[1]}-${date[2]}-${date[3]}`;
    return isRealDate(iso) ? { untilDate: iso } : null;
  }
  const time = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!time) return null;
  const instant = new Date(`${time[1]}-${time[2]}-${time[3]}T${time[4]}:${time[5]}:${time[6]}Z`);
  return Number.isNaN(instant.getTime()) ? null : { until: instant };
}

function isRealDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
}

/** The canonical RRULE line of a rule: parts in a fixed order, so equal rules are equal strings. */
export function formatRecurrence(rule: Recurrence): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === "WEEKLY" && rule.weekdays.length > 0) parts.push(`BYDAY=${rule.weekdays.join(",")}`);
  if (rule.freq === "MONTHLY" && rule.nthWeekday) parts.push(`BYDAY=${rule.nthWeekday.nth}${rule.nthWeekday.weekday}`);
  if (rule.freq === "MONTHLY" && rule.monthDay !== null) parts.push(`BYMONTHDAY=${rule.monthDay}`);
  if (rule.weekStart === "SU") parts.push("WKST=SU");
  const end = rule.end;
  if (end && "count" in end) parts.push(`COUNT=${end.count}`);
  if (end && "untilDate" in end) parts.push(`UNTIL=${end.untilDate.replaceAll("-", "")}`);
  if (end && "until" in end) parts.push(`UNTIL=${end.until.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
  return `RRULE:${parts.join(";")}`;
}

/** Parses and re-writes a rule in canonical form, or throws: for rules already checked. */
export function normalizeRecurrence(text: string): string {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return formatRecurrence(parsed.rule);
}

export function recurrenceOf(text: string): Recurrence {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new Error(`A stored repeat rule no longer parses: ${parsed.message}`);
  return parsed.rule;
}
