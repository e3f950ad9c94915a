const QUOTE_MAX = 60;

/** A schedule named in a label or a toast: “Dentist”, shortened when long. */
export function scheduleQuote(title: string): string {
  const short = title.length > QUOTE_MAX ? `${title.slice(0, QUOTE_MAX - 1).trimEnd()}…` : title;
  return `“${short}”`;
}
