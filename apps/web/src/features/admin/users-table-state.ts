import { ROLES, USER_SORT_FIELDS, type AdminListUsersInput, type Role, type UserSortField } from "@planner/domain";

// The users table keeps everything in the URL (?q=&role=&sort=&order=&page=),
// so a reload, the back button or a shared link shows the same rows.

export const USERS_PAGE_SIZE = 20;
const USERS_PATH = "/admin";

type SortOrder = "asc" | "desc";

export type UsersTableState = {
  q: string;
  role: Role | undefined;
  sort: UserSortField;
  order: SortOrder;
  page: number;
};

export const DEFAULT_USERS_TABLE: UsersTableState = { q: "", role: undefined, sort: "createdAt", order: "desc", page: 1 };

/** Newest first for dates, A–Z for words: the order a first click on a column gives. */
function firstOrderOf(sort: UserSortField): SortOrder {
  return sort === "createdAt" ? "desc" : "asc";
}

/** Anything unknown (an old or hand-typed link) falls back to the default. */
export function parseUsersTableState(params: { get: (name: string) => string | null }): UsersTableState {
  const sort = USER_SORT_FIELDS.find((field) => field === params.get("sort")) ?? DEFAULT_USERS_TABLE.sort;
  const orderParam = params.get("order");
  const page = Number(params.get("page"));
  return {
    q: (params.get("q") ?? "").trim().slice(0, 254),
    role: ROLES.find((role) => role === params.get("role")),
    sort,
    order: orderParam === "asc" || orderParam === "desc" ? orderParam : sort === DEFAULT_USERS_TABLE.sort ? DEFAULT_USERS_TABLE.order : firstOrderOf(sort),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The URL of a table state, leaving defaults out. */
export function usersTableHref(state: UsersTableState): string {
  const query = new URLSearchParams();
  if (state.q) query.set("q", state.q);
  if (state.role) query.set("role", state.role);
  if (state.sort !== DEFAULT_USERS_TABLE.sort || state.order !== DEFAULT_USERS_TABLE.order) {
    query.set("sort", state.sort);
    query.set("order", state.order);
  }
  if (state.page > 1) query.set("page", String(state.page));
  const search = query.toString();
  return search ? `${USERS_PATH}?${search}` : USERS_PATH;
}

/** What `admin.users.list` is asked for this state. */
export function usersListInput(state: UsersTableState): AdminListUsersInput {
  return {
    search: state.q || undefined,
    role: state.role,
    sort: state.sort,
    order: state.order,
    offset: (state.page - 1) * USERS_PAGE_SIZE,
    limit: USERS_PAGE_SIZE,
  };
}

/** A column head: the other way round when it is already the sort, else its first order; back to page 1. */
export function sortHref(state: UsersTableState, sort: UserSortField): string {
  const order = state.sort === sort ? (state.order === "asc" ? "desc" : "asc") : firstOrderOf(sort);
  return usersTableHref({ ...state, sort, order, page: 1 });
}

/** "12–20 of 20" style bounds of the page shown. */
export function pageRange(page: number, pageSize: number, shown: number, total: number): { first: number; last: number } {
  const first = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  return { first, last: Math.min(total, first + shown - 1) };
}
