/**
 * The path and query the visitor asked for, set by the middleware on every
 * page request (a value the client sent is replaced), so that a page can send
 * a logged-out visitor to log in and back (log-in-redirect.ts). Its own file so
 * that the middleware loads nothing else.
 */
export const REQUEST_PATH_HEADER = "x-planner-request-path";
