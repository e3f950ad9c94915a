// The shapes of the todo procedures' answers (the contract of issue 17).
// TODO(merge): inferred from AppRouter once todo-core's procedures land.

export type ListRef = { id: string; name: string; color: string };

export type Todo = {
  id: string;
  contents: string;
  done: boolean;
  dueOn: string | null;
  dueAt: Date | null;
  priority: 1 | 2 | 3 | 4;
  project: ListRef | null;
  labels: ListRef[];
  parent: { id: string; contents: string } | null;
  subtasks: Todo[];
  position: string;
  reminderMinutes: number[];
  overdue: boolean;
  createdAt: Date;
  updatedAt: Date;
};
export type TodoCounts = { all: number; open: number; done: number };
export type TodoListPage = { items: Todo[]; nextCursor: string | null; counts: TodoCounts; today: string };
export type TodoViewCounts = { today: number; overdue: number; upcoming: number; inbox: number; projects: { id: string; count: number }[]; labels: { id: string; count: number }[] };
export type Project = ListRef & { position: string; createdAt: Date; updatedAt: Date };
export type Label = ListRef & { createdAt: Date; updatedAt: Date };
