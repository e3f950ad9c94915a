import { expect } from "vitest";
import type { WeekStart } from "../../schedule/week-start";
import type { Locale } from "../../user/locale";
import { parseQuickAdd } from "./parse-quick-add";
import type { QuickAddOptions, QuickAddResult } from "./types";

/** Sunday 6 December 2026, 10:00 in Seoul (01:00 UTC): the tables' "now". */
export const SEOUL_SUNDAY_10AM = new Date("2026-12-06T01:00:00Z");

export const PROJECTS = [
  { id: "p-home", name: "Home" },
  { id: "p-reno", name: "Home Renovation" },
  { id: "p-work", name: "업무" },
];
export const LABELS = [
  { id: "l-phone", name: "phone" },
  { id: "l-call", name: "전화" },
];

/** What a row expects; a field left out must be absent ("nothing read"), parts are "kind:text". */
export interface Expected {
  contents: string;
  dueOn?: string;
  dueTime?: string;
  priority?: 1 | 2 | 3 | 4;
  project?: string;
  labels?: string[];
  parts?: string[];
}
export type Row = [text: string, expected: Expected];

export interface TableOptions {
  locale: Locale;
  now?: Date;
  timeZone?: string;
  weekStart?: WeekStart;
}

export function parse(text: string, options: TableOptions): QuickAddResult {
  const quickAddOptions: QuickAddOptions = {
    now: options.now ?? SEOUL_SUNDAY_10AM,
    timeZone: options.timeZone ?? "Asia/Seoul",
    locale: options.locale,
    projects: PROJECTS,
    labels: LABELS,
    ...(options.weekStart === undefined ? {} : { weekStart: options.weekStart }),
  };
  return parseQuickAdd(text, quickAddOptions);
}

/** Checks a row, and what holds for every reading: parts are the text at their indices, in order, apart. */
export function expectRow(text: string, expected: Expected, options: TableOptions): void {
  const result = parse(text, options);
  const parts = result.parts.map((part) => `${part.kind}:${part.text}`);
  expect({
    contents: result.contents,
    dueOn: result.dueOn,
    dueTime: result.dueTime,
    priority: result.priority,
    project: result.projectName,
    labels: result.labelNames,
    ...(expected.parts ? { parts } : {}),
  }).toEqual({
    contents: expected.contents,
    dueOn: expected.dueOn,
    dueTime: expected.dueTime,
    priority: expected.priority,
    project: expected.project,
    labels: expected.labels ?? [],
    ...(expected.parts ? { parts: expected.parts } : {}),
  });
  let previousEnd = 0;
  for (const part of result.parts) {
    expect(part.text).toBe(text.slice(part.start, part.end));
    expect(part.start).toBeGreaterThanOrEqual(previousEnd);
    expect(part.end).toBeGreaterThan(part.start);
    previousEnd = part.end;
  }
  if (result.dueTime !== undefined) expect(result.dueOn).toBeDefined();
}
