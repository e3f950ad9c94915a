import {
  adminGrantShareInput,
  adminListSharesInput,
  adminListUsersInput,
  adminRevokeShareInput,
  changeRoleInput,
  userIdInput,
  adminCreateScheduleInput,
  adminListSchedulesInput,
  adminListTodosInput,
  adminScheduleRangeInput,
  scheduleIdInput,
  updateScheduleInput,
} from "@planner/domain";
import { createSchedule, deleteSchedule, updateSchedule, userSchedulesInRange } from "../services/schedule-service";
import { adminUserById, changeUserRole, deleteUser } from "../services/admin-user-service";
import { followersOf, grantShare, revokeShare } from "../services/share-service";
import { adminProcedure } from "../trpc";

/** Everything admins see and manage across accounts. */
export const adminRouter = {
  users: {
    list: adminProcedure.input(adminListUsersInput).query(({ ctx, input }) => ctx.db.users.listForAdmin(input)),
    byId: adminProcedure.input(userIdInput).query(({ ctx, input }) => adminUserById(ctx.db, input.userId)),
    setRole: adminProcedure.input(changeRoleInput).mutation(({ ctx, input }) => changeUserRole(ctx.db, ctx.actor, input)),
    delete: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => deleteUser(ctx.db, input)),
  },
  shares: {
    list: adminProcedure.input(adminListSharesInput).query(({ ctx, input }) => followersOf(ctx.db, input.ownerId)),
    grant: adminProcedure.input(adminGrantShareInput).mutation(({ ctx, input }) => grantShare(ctx.db, ctx.actor, input)),
    revoke: adminProcedure.input(adminRevokeShareInput).mutation(({ ctx, input }) => revokeShare(ctx.db, input)),
  },
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
