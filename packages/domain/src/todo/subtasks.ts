import { ValidationError } from "../errors";

/**
 * Subtasks go one level deep: a subtask's parent is a top-level todo, and a
 * todo that has subtasks stays top-level. What breaks the rule, or null.
 */
export type SubtaskProblem = "ownParent" | "parentIsSubtask" | "hasSubtasks";

export const SUBTASK_PROBLEM_MESSAGES: Record<SubtaskProblem, string> = {
  ownParent: "A todo cannot be its own subtask.",
  parentIsSubtask: "A subtask cannot have subtasks of its own: choose a top-level todo as the parent.",
  hasSubtasks: "A todo that has subtasks cannot become a subtask.",
};

export function subtaskProblem(
  todo: { id: string | null; hasSubtasks: boolean },
  parent: { id: string; parentId: string | null },
): SubtaskProblem | null {
  if (todo.id !== null && todo.id === parent.id) return "ownParent";
  if (parent.parentId !== null) return "parentIsSubtask";
  if (todo.hasSubtasks) return "hasSubtasks";
  return null;
}

export function assertSubtaskAllowed(todo: { id: string | null; hasSubtasks: boolean }, parent: { id: string; parentId: string | null }): void {
  const problem = subtaskProblem(todo, parent);
  if (problem) throw new ValidationError(SUBTASK_PROBLEM_MESSAGES[problem], { parentId: [SUBTASK_PROBLEM_MESSAGES[problem]] }, "subtaskNotAllowed", { problem });
}
