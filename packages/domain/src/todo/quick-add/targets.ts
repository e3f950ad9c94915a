import { sameName } from "./tokens";
import type { QuickAddNamed, QuickAddResult } from "./types";

/** Where a quick-added todo goes: existing projects and labels by id, the rest to be created. */
export interface QuickAddTargets {
  projectId?: string;
  newProjectName?: string;
  labelIds: string[];
  newLabelNames: string[];
}

/** Matches the names read against the owner's projects and labels (case-insensitively, as they are unique). */
export function quickAddTargets(
  result: Pick<QuickAddResult, "projectName" | "labelNames">,
  projects: readonly QuickAddNamed[],
  labels: readonly QuickAddNamed[],
): QuickAddTargets {
  const project = result.projectName === undefined ? undefined : projects.find((item) => sameName(item.name, result.projectName ?? ""));
  const labelIds: string[] = [];
  const newLabelNames: string[] = [];
  for (const name of result.labelNames) {
    const label = labels.find((item) => sameName(item.name, name));
    if (label) labelIds.push(label.id);
    else newLabelNames.push(name);
  }
  return {
    ...(project ? { projectId: project.id } : {}),
    ...(result.projectName !== undefined && !project ? { newProjectName: result.projectName } : {}),
    labelIds,
    newLabelNames,
  };
}
