/** The colours a project or label may have: names, so each theme draws its own shade. */
export const TODO_COLORS = ["red", "orange", "yellow", "green", "teal", "blue", "purple", "pink", "gray"] as const;
export type TodoColor = (typeof TODO_COLORS)[number];
export const DEFAULT_TODO_COLOR: TodoColor = "gray";
