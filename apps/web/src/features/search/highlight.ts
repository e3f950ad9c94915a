// Marking what a search found inside a title, memo or todo, as the server
// matched it: the query as a literal substring, any case.

export type TextPart = { text: string; match: boolean };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function matcher(query: string): RegExp | null {
  const needle = query.trim();
  return needle ? new RegExp(escapeRegExp(needle), "giu") : null;
}

/** The text cut into the pieces that match the query and those between. */
export function matchParts(text: string, query: string): TextPart[] {
  const pattern = matcher(query);
  if (!pattern) return text ? [{ text, match: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * A line of a long text around its first match (a memo in a result), with
 * "…" where it was cut; null when the query is not in it. Line breaks become
 * spaces: it is shown as one line.
 */
export function excerptAround(text: string, query: string, radius = 40): string | null {
  const flat = text.replace(/\s+/g, " ").trim();
  const pattern = matcher(query);
  const found = pattern ? pattern.exec(flat) : null;
  if (!found) return null;
  const start = Math.max(0, found.index - radius);
  const end = Math.min(flat.length, found.index + found[0].length + radius);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end).trim()}${end < flat.length ? "…" : ""}`;
}
