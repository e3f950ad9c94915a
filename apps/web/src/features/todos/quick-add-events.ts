import type { CreateLabelInput, CreateProjectInput, CreateTodoInput, Locale, WeekStart } from "@planner/domain";
import type { QuickAddNamed, QuickAddResult, QuickAddTargets } from "@planner/domain/quick-add";
import { tr } from "~/i18n/translator";
import type { Notices } from "~/kit/effects";
import { issueMessage } from "~/kit/issue-messages";
import { lazyModule } from "~/kit/lazy-module";
import { errorMessage } from "~/trpc/errors";

// Quick add: the new-todo field reads dates, times, p1..p4, #project and
// @label as they are typed (the domain's parser, in the browser), and Enter
// saves the todo with them as fields. The server parses nothing: it gets
// dueOn, dueTime, priority, projectId and labelIds. A #project or @label
// that does not exist yet is created first, with a toast saying so. The
// reading itself (quick-add-reader.ts) loads when the field is reached for.

/** The parser and the checks (quick-add-reader.ts): loaded on focus, or by the first Enter. */
export const quickAddReader = lazyModule(() => import("./quick-add-reader"));

/** What the reading depends on: the owner's clock and calendar, language and names. */
export type QuickAddSettings = {
  now: () => Date;
  timeZone: string;
  locale: Locale;
  weekStart: WeekStart;
  projects: readonly QuickAddNamed[];
  labels: readonly QuickAddNamed[];
};

/** What the field shows while typing: what was read, and which names exist. */
export type QuickAddPreview = QuickAddResult & QuickAddTargets;

/** A new todo's fields besides its contents. */
export type QuickAddFields = Omit<CreateTodoInput, "contents">;

type AddUi = {
  setError: (message: string | undefined) => void;
  clear: () => void;
  /** Gives back what was typed, into an empty field, when saving failed. */
  restore: (text: string) => void;
};

export type QuickAddEffects = {
  api: {
    createProject: (input: CreateProjectInput) => Promise<QuickAddNamed>;
    createLabel: (input: CreateLabelInput) => Promise<QuickAddNamed>;
  };
  notices: Pick<Notices, "success" | "error">;
  /** Adds the todo as the list adds one (at once, rolled back if refused); `ui.restore` gets its contents. */
  addTodo: (contents: string, fields: QuickAddFields, ui: AddUi) => Promise<void>;
  /** Projects or labels were created (or a name was taken meanwhile): read the owner's names again. */
  namesChanged: () => void;
};

/**
 * A todo added in a view gets the view's fields (its project, today's date, its label) unless
 * the text says otherwise; labels add up ("@phone" in the label view of "errands" gets both).
 */
export function withViewDefaults(fields: QuickAddFields, defaults: QuickAddFields = {}): QuickAddFields {
  const labelIds = [...new Set([...(defaults.labelIds ?? []), ...(fields.labelIds ?? [])])];
  return { ...defaults, ...fields, ...(labelIds.length > 0 ? { labelIds } : {}) };
}

/** What the field shows before the reader has loaded: the text, nothing read from it yet. */
export function unreadQuickAdd(text: string): QuickAddPreview {
  return { contents: text.trim(), labelNames: [], parts: [], labelIds: [], newLabelNames: [] };
}

/**
 * Enter in the new-todo field. Checks the todo with the server's schema first
 * (nothing is created for a todo that would be refused), empties the field,
 * creates the names that do not exist, then adds the todo. Anything refused
 * gives the typed text back.
 */
export async function handleQuickAddSubmit(text: string, settings: QuickAddSettings, effects: QuickAddEffects, ui: AddUi) {
  const reader = quickAddReader.now ?? (await quickAddReader.load());
  const preview = reader.readQuickAdd(text, settings);
  const fields: QuickAddFields = {
    ...(preview.dueOn ? { dueOn: preview.dueOn } : {}),
    ...(preview.dueTime ? { dueTime: preview.dueTime } : {}),
    ...(preview.priority ? { priority: preview.priority } : {}),
    ...(preview.projectId ? { projectId: preview.projectId } : {}),
    ...(preview.labelNames.length > 0 ? { labelIds: preview.labelIds } : {}),
  };
  const issue = reader.quickAddIssue(preview, fields);
  if (issue) {
    ui.setError(issueMessage(issue));
    return;
  }
  ui.setError(undefined);
  ui.clear();

  const created = await createNames(preview, effects);
  if (!created) {
    ui.restore(text);
    return;
  }
  await effects.addTodo(
    preview.contents,
    {
      ...fields,
      ...(created.projectId ? { projectId: created.projectId } : {}),
      ...(created.labelIds.length > 0 ? { labelIds: [...preview.labelIds, ...created.labelIds] } : {}),
    },
    { ...ui, restore: () => ui.restore(text) },
  );
}

/** Creates the project and labels that do not exist yet; undefined (after a toast) if one was refused. */
async function createNames(preview: QuickAddPreview, effects: QuickAddEffects): Promise<{ projectId?: string; labelIds: string[] } | undefined> {
  const labelIds: string[] = [];
  let projectId: string | undefined;
  if (preview.newProjectName === undefined && preview.newLabelNames.length === 0) return { labelIds };
  try {
    if (preview.newProjectName !== undefined) {
      const project = await effects.api.createProject({ name: preview.newProjectName });
      projectId = project.id;
      effects.notices.success(tr("todos.quickAdd.createdProject", { name: project.name }));
    }
    for (const name of preview.newLabelNames) {
      const label = await effects.api.createLabel({ name });
      labelIds.push(label.id);
      effects.notices.success(tr("todos.quickAdd.createdLabel", { name: label.name }));
    }
    return { ...(projectId ? { projectId } : {}), labelIds };
  } catch (error) {
    effects.notices.error(errorMessage(error));
    return undefined;
  } finally {
    // Also after a refusal: a name taken meanwhile (another tab) is then read as an existing one.
    effects.namesChanged();
  }
}
