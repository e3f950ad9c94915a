import {
  createScheduleInput,
  listSchedulesInput,
  scheduleIdInput,
  scheduleRangeInput,
  setScheduleStatusInput,
  updateScheduleInput,
} from "@planner/domain";
import {
  createSchedule,
  deleteSchedule,
  listOwnSchedules,
  scheduleById,
  schedulesInRange,
  setScheduleStatus,
  updateSchedule,
} from "../services/schedule-service";
import { authedProcedure } from "../trpc";

/** The caller's calendar, plus the calendars shared with them (read-only). */
export const scheduleRouter = {
  range: authedProcedure.input(scheduleRangeInput).query(({ ctx, input }) => schedulesInRange(ctx.db, ctx.actor, input)),
  list: authedProcedure.input(listSchedulesInput).query(({ ctx, input }) => listOwnSchedules(ctx.db, ctx.actor, input)),
  byId: authedProcedure.input(scheduleIdInput).query(({ ctx, input }) => scheduleById(ctx.db, ctx.actor, input)),
  create: authedProcedure.input(createScheduleInput).mutation(({ ctx, input }) => createSchedule(ctx.db, ctx.actor, input, ctx.now())),
  update: authedProcedure.input(updateScheduleInput).mutation(({ ctx, input }) => updateSchedule(ctx.db, ctx.actor, input, ctx.now())),
  setStatus: authedProcedure.input(setScheduleStatusInput).mutation(({ ctx, input }) => setScheduleStatus(ctx.db, ctx.actor, input, ctx.now())),
  delete: authedProcedure.input(scheduleIdInput).mutation(({ ctx, input }) => deleteSchedule(ctx.db, ctx.actor, input)),
};
