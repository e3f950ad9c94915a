import {
  adminCreateScheduleInput,
  adminListSchedulesInput,
  adminListTodosInput,
  adminScheduleRangeInput,
  scheduleIdInput,
  updateScheduleInput,
} from "@planner/domain";
import { createSchedule, deleteSchedule, updateSchedule, userSchedulesInRange } from "../services/schedule-service";
import { adminProcedure } from "../trpc";

/** Everything admins see and manage across accounts. */
export const adminRouter = {
  todos: {
    list: adminProcedure.input(adminListTodosInput).query(({ ctx, input }) => ctx.db.todos.listAll(input)),
  },
  schedules: {
    list: adminProcedure.input(adminListSchedulesInput).query(({ ctx, input }) => ctx.db.schedules.listAll(input)),
    range: adminProcedure.input(adminScheduleRangeInput).query(({ ctx, input }) => userSchedulesInRange(ctx.db, ctx.actor, input)),
    create: adminProcedure.input(adminCreateScheduleInput).mutation(({ ctx, input }) => createSchedule(ctx.db, ctx.actor, input, ctx.now())),
    update: adminProcedure.input(updateScheduleInput).mutation(({ ctx, input }) => updateSchedule(ctx.db, ctx.actor, input, ctx.now())),
    delete: adminProcedure.input(scheduleIdInput).mutation(({ ctx, input }) => deleteSchedule(ctx.db, ctx.actor, input.id)),
  },
};
