/**
 * Projects are named, coloured lists of todos, kept in the owner's own order
 * in the sidebar; the Inbox is not a project (a todo with no project is in it).
 * Labels tag todos across projects. Names are unique per owner whatever their case.
 */
export const PROJECT_NAME_MAX = 64;
export const LABEL_NAME_MAX = 32;
/** How many projects and labels one person may keep: the sidebar and quick add list them all. */
export const MAX_PROJECTS = 300;
export const MAX_LABELS = 300;
/** What deleting a project does to its todos: `move` them to the Inbox, or `delete` them. */
export const PROJECT_DELETE_MODES = ["move", "delete"] as const;
export type ProjectDeleteMode = (typeof PROJECT_DELETE_MODES)[number];

/** Whether two names are the same name (the uniqueness rule): case does not count. */
export function sameTodoListName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
