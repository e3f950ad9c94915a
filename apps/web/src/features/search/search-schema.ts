// The server's search schema, which the box checks a search with before it
// goes (events.ts). It comes with zod, which the pages that show the box (the
// calendar) do not otherwise need: loaded on the first search, not with the page.
export { searchInput } from "@planner/domain";
