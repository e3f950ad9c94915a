import { ValidationError } from "../errors";

/**
 * Subtasks go one level deep: a subtask's parent is a top-level todo, and a
 * todo that has subtasks stays top-level. What breaks the rule, or null.
 */
export type SubtaskProblem = "ownParent" | "parentIsSubtask" | "hasSubtasks" | "otherProject";

export const SUBTASK_PROBLEM_MESSAGES: Record<SubtaskProblem, string> = {
  ownParent: "A todo cannot be its own subtask.",
  parentIsSubtask: "A subtask cannot have subtasks of its own: choose a top-level todo as the parent.",
  hasSubtasks: "A todo that has subtasks cannot become a subtask.",
  otherProject: "A subtask is in its parent's project: move the parent, or make the subtask a top-level todo.",
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
  if (problem) throw subtaskError(problem);
}

/** The error for a broken subtask rule, on the field to fix. */
export function subtaskError(problem: SubtaskProblem): ValidationError {
  const field = problem === "otherProject" ? "projectId" : "parentId";
  return new ValidationError(SUBTASK_PROBLEM_MESSAGES[problem], { [field]: [SUBTASK_PROBLEM_MESSAGES[problem]] }, "subtaskNotAllowed", { problem });
}
