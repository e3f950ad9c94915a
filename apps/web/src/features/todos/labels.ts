const QUOTE_MAX = 60;

/** A todo named in a label or a toast: “Buy milk”, shortened when long. */
export function todoQuote(contents: string): string {
  const short = contents.length > QUOTE_MAX ? `${contents.slice(0, QUOTE_MAX - 1).trimEnd()}…` : contents;
  return `“${short}”`;
}
