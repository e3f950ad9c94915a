const day = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });

/** "Nov 21, 2026" in the browser's language. */
export function formatDay(date: Date): string {
  return day.format(date);
}

/** "3 todos", "1 schedule". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
