/**
 * Every shortcut, as the help dialog (?) lists them: the keys shown, and the
 * message naming what they do (`shortcuts.<action>`). The pages bind them
 * with useShortcut where they apply.
 */
export const SHORTCUT_GROUPS = [
  {
    group: "calendar",
    shortcuts: [
      { keys: ["c"], action: "newSchedule" },
      { keys: ["t"], action: "today" },
      { keys: ["d"], action: "dayView" },
      { keys: ["w"], action: "weekView" },
      { keys: ["m"], action: "monthView" },
      { keys: ["a"], action: "scheduleList" },
      { keys: ["j", "→"], action: "nextPeriod" },
      { keys: ["k", "←"], action: "previousPeriod" },
    ],
  },
  {
    group: "lists",
    shortcuts: [
      { keys: ["j"], action: "nextItem" },
      { keys: ["k"], action: "previousItem" },
      { keys: ["c"], action: "newTodo" },
      { keys: ["/"], action: "search" },
    ],
  },
  { group: "general", shortcuts: [{ keys: ["?"], action: "help" }] },
] as const;
