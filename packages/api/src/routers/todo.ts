import { createTodoInput, listTodosInput, restoreTodoInput, todoIdInput, updateTodoInput } from "@planner/domain";
import { createTodo, deleteTodo, listOwnTodos, restoreTodo, toggleTodo, updateTodo } from "../services/todo-service";
import { authedProcedure } from "../trpc";

/** The caller's own todo list. Subscribers may list (it is empty) but not write. */
export const todoRouter = {
  list: authedProcedure.input(listTodosInput).query(({ ctx, input }) => listOwnTodos(ctx.db, ctx.actor, input)),
  create: authedProcedure.input(createTodoInput).mutation(({ ctx, input }) => createTodo(ctx.db, ctx.actor, input)),
  update: authedProcedure.input(updateTodoInput).mutation(({ ctx, input }) => updateTodo(ctx.db, ctx.actor, input)),
  toggle: authedProcedure.input(todoIdInput).mutation(({ ctx, input }) => toggleTodo(ctx.db, ctx.actor, input)),
  delete: authedProcedure.input(todoIdInput).mutation(({ ctx, input }) => deleteTodo(ctx.db, ctx.actor, input)),
  restore: authedProcedure.input(restoreTodoInput).mutation(({ ctx, input }) => restoreTodo(ctx.db, ctx.actor, input)),
};
