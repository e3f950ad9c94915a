"use client";

import { createContext, useContext } from "react";
import type { TodoContext, TodoEffects } from "./events";
import type { Todo } from "./types";
import type { TodoView } from "./views";

/** What every row of the screen acts with: the handlers' effects and context, and the screen's dialogs. */
export type TodoScreen = {
  effects: TodoEffects;
  context: TodoContext;
  readOnly: boolean;
  view: TodoView;
  /** The todo whose new-subtask field is open (one at a time). */
  subtaskFor: string | null;
  setSubtaskFor: (id: string | null) => void;
  openDetails: (todo: Todo) => void;
  /** Deletes at once, or first asks what becomes of its subtasks. */
  askDelete: (todo: Todo) => void;
};

const ScreenContext = createContext<TodoScreen | null>(null);

export const TodoScreenProvider = ScreenContext.Provider;

export function useTodoScreen(): TodoScreen {
  const screen = useContext(ScreenContext);
  if (!screen) throw new Error("useTodoScreen outside the todo screen");
  return screen;
}
