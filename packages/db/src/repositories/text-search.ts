// Searching people's text with LIKE: what they type is matched literally, so
// `%`, `_` and the escape character itself are escaped (PostgreSQL's default
// LIKE escape is the backslash, which Prisma's `contains` keeps), and case is
// ignored (ILIKE, through `mode: "insensitive"`). Korean has no case, so 회의
// matches 회의 inside 주간 회의 as any substring does.
//
// No trigram index: a search is always one owner's rows, which the
// (owner_id, start_at) and (owner_id, created_at) indexes already narrow to
// one person's history (thousands of rows, not millions), walked in order and
// stopped at the result limit. pg_trgm would also have to be loaded into the
// embedded PGlite at open and created by a superuser on a managed server.

/** The text as a LIKE operand that matches it literally. */
export function literalLikeText(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Prisma's filter for "contains this text, any case". */
export function containsText(text: string) {
  return { contains: literalLikeText(text), mode: "insensitive" as const };
}
