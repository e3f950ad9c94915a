import { describe, expect, it, vi } from "vitest";
import { NO_TODO_FILTERS, todoFilterInput } from "./admin-todo-filters";
import { handleAdminTodoFilterChange, handleAdminTodoFiltersClear } from "./events";

describe("a user's todo list filters on the admin page", () => {
  it("a priority or due date picked is set beside the other; the empty choice clears it", () => {
    const setFilters = vi.fn();
    handleAdminTodoFilterChange("priority", "1", { priority: null, due: "overdue" }, { setFilters });
    handleAdminTodoFilterChange("due", "today", { priority: 2, due: null }, { setFilters });
    handleAdminTodoFilterChange("due", "", { priority: 2, due: "today" }, { setFilters });
    expect(setFilters.mock.calls).toEqual([[{ priority: 1, due: "overdue" }], [{ priority: 2, due: "today" }], [{ priority: 2, due: null }]]);
  });

  it("a value the server would refuse (a hand-edited option) clears the filter rather than being sent", () => {
    const setFilters = vi.fn();
    handleAdminTodoFilterChange("priority", "7", { priority: 3, due: null }, { setFilters });
    handleAdminTodoFilterChange("due", "yesterday", { priority: null, due: "none" }, { setFilters });
    expect(setFilters.mock.calls).toEqual([[{ priority: null, due: null }], [{ priority: null, due: null }]]);
  });

  it("asks admin.todos.list for the filters set only; Show all clears both", () => {
    expect(todoFilterInput({ priority: 1, due: null })).toEqual({ priority: 1 });
    expect(todoFilterInput({ priority: null, due: "none" })).toEqual({ due: "none" });
    expect(todoFilterInput(NO_TODO_FILTERS)).toEqual({});
    const setFilters = vi.fn();
    handleAdminTodoFiltersClear({ setFilters });
    expect(setFilters).toHaveBeenCalledWith({ priority: null, due: null });
  });
});
