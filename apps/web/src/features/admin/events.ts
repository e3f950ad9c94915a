import { ROLES, USER_SORT_FIELDS, type Role, type UserSortField } from "@planner/domain";
import { adminSchemas } from "~/features/admin/load-admin-schemas";
import type { Effects } from "~/kit/effects";
import { tr } from "~/i18n/translator";
import { issueMessage } from "~/kit/issue-messages";
import { showRefusal } from "~/kit/form-errors";
import { optimistically, type OptimisticCache } from "~/kit/optimistic";
import { NO_TODO_FILTERS, dueFilterOf, priorityFilterOf, type AdminTodoFilters } from "./admin-todo-filters";
import type { AdminUser } from "./types";
import { sortHref, usersTableHref, type UsersTableState } from "./users-table-state";

// Event handlers of the admin console: the users table (whose state is the
// URL) and one user's page (role, deletion). Each validates with the server's
// own schema, calls the mutation and turns the outcome into UI state; none throw.

/** The tRPC mutations, as plain async functions. */
export type AdminUserApi = {
  setRole: (input: { userId: string; role: Role }) => Promise<AdminUser>;
  delete: (input: { userId: string }) => Promise<{ userId: string }>;
  removeTwoFactor: (input: { userId: string }) => Promise<{ userId: string; removed: boolean; sessionsEnded: number }>;
};

/** A user as shown before and after an edit (a role given, or the server's answer). */
export type AdminUserChange = { before: AdminUser; after: AdminUser };

/**
 * The cached user and users table: `apply` shows a version of the user at
 * once, `settle` refetches the table (counts, roles or rows may have changed).
 */
type AdminUserCache = OptimisticCache<AdminUserChange> & {
  /** The user is gone: drop what is cached of them. */
  forgetUser: (userId: string) => void;
};

export type AdminUserEffects = Effects<AdminUserApi, AdminUserCache> & { navigate: (url: string) => void };

type RoleChangeUi = {
  setError: (message: string | undefined) => void;
  /** The server took the new role. */
  saved?: (user: AdminUser) => void;
};

type DeleteUserUi = { setError: (message: string | undefined) => void; setPending: (pending: boolean) => void; close: () => void };

/** The search box, once typing pauses: back to the first page of the matches. */
export function handleUserSearchChange(q: string, state: UsersTableState, navigate: (url: string) => void) {
  const query = q.trim().slice(0, 254);
  if (query === state.q) return;
  navigate(usersTableHref({ ...state, q: query, page: 1 }));
}

/** The role filter: "" is every role. */
export function handleUserRoleFilterChange(value: string, state: UsersTableState, navigate: (url: string) => void) {
  const role = ROLES.find((known) => known === value);
  navigate(usersTableHref({ ...state, role, page: 1 }));
}

/** A column head: the other way round when it is already the sort, else its first order; back to page 1. */
export function handleUserSortClick(sort: UserSortField, state: UsersTableState, navigate: (url: string) => void) {
  navigate(sortHref(state, sort));
}

/** "Clear the search and filter" when nothing matches: every user, in the order chosen. */
export function handleUserFiltersClear(state: UsersTableState, navigate: (url: string) => void) {
  navigate(usersTableHref({ ...state, q: "", role: undefined, page: 1 }));
}

/** The sort menu of the phone layout (no column heads there): "username:asc". */
export function handleUserSortSelect(value: string, state: UsersTableState, navigate: (url: string) => void) {
  const [field, order] = value.split(":");
  const sort = USER_SORT_FIELDS.find((known) => known === field);
  if (!sort || (order !== "asc" && order !== "desc")) return;
  navigate(usersTableHref({ ...state, sort, order, page: 1 }));
}

/**
 * "Change role" confirmed: the badge changes at once and changes back if the
 * server refuses (the last admin cannot be demoted), with the reason at the field.
 */
export async function handleRoleChangeConfirm(user: AdminUser, role: Role, effects: AdminUserEffects, ui: RoleChangeUi) {
  const { changeRoleInput } = adminSchemas.now ?? (await adminSchemas.load());
  const parsed = changeRoleInput.safeParse({ userId: user.id, role });
  if (!parsed.success) {
    ui.setError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  if (parsed.data.role === user.role) return;
  ui.setError(undefined);
  const after = { ...user, role: parsed.data.role };
  const outcome = await optimistically(effects.cache, { before: user, after }, () => effects.api.setRole(parsed.data), {
    invert: (change) => ({ before: change.after, after: change.before }),
    confirmed: (saved) => ({ before: after, after: saved }),
  });
  if (!outcome.ok) {
    showRefusal(outcome.error, ["role"], {
      setFieldError: (_field, message) => ui.setError(message),
      setFormError: (message) => effects.notices.error(message),
    });
    return;
  }
  const saved = outcome.value;
  effects.notices.success(tr("admin.roleChanged", { name: saved.name, role: saved.role }));
  ui.saved?.(saved);
}

/** What the delete dialog asks to have typed: the username, exactly (case and spaces aside). */
function deleteConfirmationMatches(user: Pick<AdminUser, "username">, typed: string): boolean {
  return typed.trim().toLowerCase() === user.username;
}

/** "Delete user" in the confirmation dialog: then back to the table, with a toast. */
export async function handleUserDeleteSubmit(user: AdminUser, typed: string, effects: AdminUserEffects, ui: DeleteUserUi) {
  if (!deleteConfirmationMatches(user, typed)) {
    ui.setError(tr("admin.typeUsername", { username: user.username }));
    return;
  }
  const { userIdInput } = adminSchemas.now ?? (await adminSchemas.load());
  const parsed = userIdInput.safeParse({ userId: user.id });
  if (!parsed.success) {
    ui.setError(parsed.error.issues[0] && issueMessage(parsed.error.issues[0]));
    return;
  }
  ui.setError(undefined);
  ui.setPending(true);
  try {
    await effects.api.delete(parsed.data);
  } catch (error) {
    ui.setPending(false);
    // The last admin: the server names the reason.
    showRefusal(error, ["userId"], { setFieldError: (_field, message) => ui.setError(message), setFormError: (message) => ui.setError(message) });
    return;
  }
  ui.close();
  effects.cache.forgetUser(user.id);
  effects.cache.settle();
  effects.notices.success(tr("admin.userDeleted", { name: user.name, username: user.username }));
  effects.navigate("/admin");
}

/**
 * "Remove two-step verification" (confirmed in a dialog), for an owner who lost
 * their device: the server also signs that account out everywhere.
 */
export async function handleTwoFactorRemoveConfirm(user: AdminUser, effects: AdminUserEffects) {
  const { userIdInput } = adminSchemas.now ?? (await adminSchemas.load());
  const parsed = userIdInput.safeParse({ userId: user.id });
  if (!parsed.success) return;
  try {
    await effects.api.removeTwoFactor(parsed.data);
  } catch (error) {
    showRefusal(error, [], { setFieldError: () => undefined, setFormError: (message) => effects.notices.error(message) });
    return;
  }
  effects.cache.apply({ before: user, after: { ...user, twoFactorEnabled: false } });
  effects.cache.settle();
  effects.notices.success(tr("admin.twoFactorRemoved", { name: user.name }));
}

export function articleFor(role: Role): string {
  return role === "ADMIN" ? "an" : "a";
}

/**
 * A filter of a user's todo list (priority or due date) picked: the list
 * starts again from its first page with it; anything but a known value clears it.
 */
export function handleAdminTodoFilterChange(
  filter: "priority" | "due",
  value: string,
  filters: AdminTodoFilters,
  ui: { setFilters: (filters: AdminTodoFilters) => void },
) {
  ui.setFilters(filter === "priority" ? { ...filters, priority: priorityFilterOf(value) } : { ...filters, due: dueFilterOf(value) });
}

/** "Show all" when no todo matches the filters. */
export function handleAdminTodoFiltersClear(ui: { setFilters: (filters: AdminTodoFilters) => void }) {
  ui.setFilters(NO_TODO_FILTERS);
}
