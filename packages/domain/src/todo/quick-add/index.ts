// Its own entry (@planner/domain/quick-add), not in the package's index: the parser and
// chrono-node (~50 kB) run in the browser for the quick-add input only; the server takes the
// structured fields the client sends and never parses text.
export { parseQuickAdd } from "./parse-quick-add";
export { quickAddTargets, type QuickAddTargets } from "./targets";
export type { QuickAddNamed, QuickAddOptions, QuickAddPart, QuickAddPartKind, QuickAddPriority, QuickAddResult } from "./types";
