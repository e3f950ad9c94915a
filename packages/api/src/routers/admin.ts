import { adminListTodosInput } from "@planner/domain";
import { adminProcedure } from "../trpc";

/** Everything admins see across accounts. */
export const adminRouter = {
  todos: {
    list: adminProcedure.input(adminListTodosInput).query(({ ctx, input }) => ctx.db.todos.listAll(input)),
  },
};
