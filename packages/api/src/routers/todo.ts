import { createTodoInput, listTodosInput, restoreTodoInput, todoIdInput, updateTodoInput } from "@planner/domain";
import { todoOutput, todoPageOutput } from "../outputs/todo";
import { createTodo, deleteTodo, listOwnTodos, restoreTodo, toggleTodo, updateTodo } from "../services/todo-service";
import { authedProcedure } from "../trpc";

const tags = ["todos"];

/** The caller's own todo list. Subscribers may list (it is empty) but not write. */
export const todoRouter = {
  list: authedProcedure
    .meta({ openapi: { method: "GET", path: "/todos", tags, summary: "Own todos, newest first, a page at a time", description: "filter: all, open or done; counts are for the whole list." } })
    .input(listTodosInput)
    .output(todoPageOutput)
    .query(({ ctx, input }) => listOwnTodos(ctx.db, ctx.actor, input)),
  create: authedProcedure
    .meta({ openapi: { method: "POST", path: "/todos", tags, summary: "Add a todo" } })
    .input(createTodoInput)
    .output(todoOutput)
    .mutation(({ ctx, input }) => createTodo(ctx.db, ctx.actor, input)),
  update: authedProcedure
    .meta({ openapi: { method: "PATCH", path: "/todos/{id}", tags, summary: "Change a todo's text" } })
    .input(updateTodoInput)
    .output(todoOutput)
    .mutation(({ ctx, input }) => updateTodo(ctx.db, ctx.actor, input)),
  toggle: authedProcedure
    .meta({ openapi: { method: "POST", path: "/todos/{id}/toggle", tags, summary: "Tick a todo done, or open it again" } })
    .input(todoIdInput)
    .output(todoOutput)
    .mutation(({ ctx, input }) => toggleTodo(ctx.db, ctx.actor, input)),
  delete: authedProcedure
    .meta({ openapi: { method: "DELETE", path: "/todos/{id}", tags, summary: "Delete a todo", description: "Returns the deleted todo." } })
    .input(todoIdInput)
    .output(todoOutput)
    .mutation(({ ctx, input }) => deleteTodo(ctx.db, ctx.actor, input)),
  restore: authedProcedure
    .meta({ internal: "The todo page's undo: re-inserts a just-deleted todo with its id and place. Programs create a todo instead." })
    .input(restoreTodoInput)
    .output(todoOutput)
    .mutation(({ ctx, input }) => restoreTodo(ctx.db, ctx.actor, input)),
};
