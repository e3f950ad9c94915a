import {
  adminCreateScheduleInput,
  adminCreateUserInput,
  adminGrantShareInput,
  adminListSchedulesInput,
  adminListSharesInput,
  adminListTodosInput,
  adminListUsersInput,
  adminRevokeShareInput,
  adminScheduleRangeInput,
  changeRoleInput,
  scheduleIdInput,
  updateScheduleInput,
  userIdInput,
  apiTokenIdInput,
  userTokensInput,
} from "@planner/domain";
import { z } from "zod";
import { apiTokenOutput, revokedOutput } from "../outputs/tokens";
import { listUserApiTokens, revokeAnyApiToken } from "../services/api-token-service";
import { adminUserById, changeUserRole, deleteUser, listUsers } from "../services/admin-user-service";
import { createAdminResetLink, createUserWithLink } from "../services/recovery-service";
import { createSchedule, deleteSchedule, listAllSchedules, updateSchedule, userSchedulesInRange } from "../services/schedule-service";
import { followersOf, grantShare, revokeShare } from "../services/share-service";
import { listAllTodos } from "../services/todo-service";
import { removeTwoFactorForUser } from "../services/two-factor-service";
import { adminProcedure } from "../trpc";

/** Everything admins see and manage across accounts. */
export const adminRouter = {
  users: {
    list: adminProcedure.input(adminListUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
    byId: adminProcedure.input(userIdInput).query(({ ctx, input }) => adminUserById(ctx.db, input)),
    setRole: adminProcedure.input(changeRoleInput).mutation(({ ctx, input }) => changeUserRole(ctx.db, ctx.actor, input)),
    delete: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => deleteUser(ctx.db, input)),
    /** An account made for someone, with a one-time link to set its password (shown once). */
    create: adminProcedure.input(adminCreateUserInput).mutation(({ ctx, input }) => createUserWithLink(ctx.db, input, ctx.now())),
    /** A one-time password reset link to hand over (shown once): the way back in without e-mail. */
    resetLink: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => createAdminResetLink(ctx.db, input, ctx.now())),
    /** For an owner who lost their device: takes two-step log-in off and ends that account's sessions. */
    removeTwoFactor: adminProcedure.input(userIdInput).mutation(({ ctx, input }) => removeTwoFactorForUser(ctx.db, input)),
    /** Anyone's personal access tokens, to see and revoke. */
    apiTokens: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users/{userId}/tokens", tags: ["admin"], summary: "A user's personal access tokens" } })
      .input(userTokensInput)
      .output(z.array(apiTokenOutput))
      .query(({ ctx, input }) => listUserApiTokens(ctx.db, input)),
    revokeApiToken: adminProcedure
      .meta({ openapi: { method: "DELETE", path: "/admin/tokens/{id}", tags: ["admin"], summary: "Revoke anyone's personal access token" } })
      .input(apiTokenIdInput)
      .output(revokedOutput)
      .mutation(({ ctx, input }) => revokeAnyApiToken(ctx.db, input)),
  },
  shares: {
    list: adminProcedure.input(adminListSharesInput).query(({ ctx, input }) => followersOf(ctx.db, input.ownerId)),
    grant: adminProcedure.input(adminGrantShareInput).mutation(({ ctx, input }) => grantShare(ctx.db, ctx.actor, input)),
    revoke: adminProcedure.input(adminRevokeShareInput).mutation(({ ctx, input }) => revokeShare(ctx.db, input)),
  },
  todos: {
    list: adminProcedure.input(adminListTodosInput).query(({ ctx, input }) => listAllTodos(ctx.db, input)),
  },
  schedules: {
    list: adminProcedure.input(adminListSchedulesInput).query(({ ctx, input }) => listAllSchedules(ctx.db, input)),
    range: adminProcedure.input(adminScheduleRangeInput).query(({ ctx, input }) => userSchedulesInRange(ctx.db, ctx.actor, input)),
    create: adminProcedure.input(adminCreateScheduleInput).mutation(({ ctx, input }) => createSchedule(ctx.db, ctx.actor, input, ctx.now())),
    update: adminProcedure.input(updateScheduleInput).mutation(({ ctx, input }) => updateSchedule(ctx.db, ctx.actor, input, ctx.now())),
    delete: adminProcedure.input(scheduleIdInput).mutation(({ ctx, input }) => deleteSchedule(ctx.db, ctx.actor, input)),
  },
};
