import { createLabelInput, createProjectInput, createTodoInput } from "@planner/domain";
import { parseQuickAdd, quickAddTargets } from "@planner/domain/quick-add";
import type { QuickAddFields, QuickAddPreview, QuickAddSettings } from "./quick-add-events";

// The reading of quick add (chrono-node and the Korean parsers, ~20 kB
// gzipped) and the server's schemas it checks a todo with (zod), in a module
// of their own: the todos page loads it when the new-todo field is reached
// for (quick-add-events.ts), not with the page.

/** Each keystroke: what the text says, in the owner's zone and weeks. */
export function readQuickAdd(text: string, settings: QuickAddSettings): QuickAddPreview {
  const result = parseQuickAdd(text, {
    now: settings.now(),
    timeZone: settings.timeZone,
    locale: settings.locale,
    weekStart: settings.weekStart,
    projects: settings.projects,
    labels: settings.labels,
  });
  return { ...result, ...quickAddTargets(result, settings.projects, settings.labels) };
}

/** The first thing the server would refuse in the todo or the names it creates, if any. */
export function quickAddIssue(preview: QuickAddPreview, fields: QuickAddFields) {
  const checked = createTodoInput.safeParse({ contents: preview.contents, ...fields });
  const newProject = preview.newProjectName === undefined ? undefined : createProjectInput.safeParse({ name: preview.newProjectName });
  const newLabels = preview.newLabelNames.map((name) => createLabelInput.safeParse({ name }));
  return [checked, ...(newProject ? [newProject] : []), ...newLabels].find((parse) => !parse.success)?.error?.issues[0];
}
