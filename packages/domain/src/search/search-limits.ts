/** The longest search: a phrase, not a document. */
export const SEARCH_QUERY_MAX = 100;
/**
 * At most this many schedules on each side of today, and this many todos: a
 * search is a way to find something, not an export, and a bound keeps every
 * answer one short index walk.
 */
export const SEARCH_RESULT_LIMIT = 50;
