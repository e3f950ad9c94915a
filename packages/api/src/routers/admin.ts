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
  deleteScheduleInput,
  updateScheduleInput,
  userIdInput,
  apiTokenIdInput,
  userTokensInput,
} from "@planner/domain";
import { z } from "zod";
import {
  adminSchedulePageOutput,
  adminTodoPageOutput,
  adminUserOutput,
  adminUserPageOutput,
  createdUserOutput,
  passwordLinkOutput,
  twoFactorRemovedOutput,
  userIdOutput,
} from "../outputs/admin";
import { scheduleIdOutput, scheduleViewOutput, scheduleViewsOutput } from "../outputs/schedule";
import { followersOutput } from "../outputs/share";
import { apiTokenOutput, revokedOutput } from "../outputs/tokens";
import { listUserApiTokens, revokeAnyApiToken } from "../services/api-token-service";
import { adminUserById, changeUserRole, deleteUser, listUsers } from "../services/admin-user-service";
import { createAdminResetLink, createUserWithLink } from "../services/recovery-service";
import { createSchedule, deleteSchedule, listAllSchedules, updateSchedule, userSchedulesInRange } from "../services/schedule-service";
import { followersOf, grantShare, revokeShare } from "../services/share-service";
import { listAllTodos } from "../services/todo-view-service";
import { removeTwoFactorForUser } from "../services/two-factor-service";
import { signInMethodsOutput } from "../outputs/sign-in-methods";
import { userSignInMethods } from "../services/sign-in-methods-service";
import { adminProcedure } from "../trpc";

const tags = ["admin"];

/** Everything admins see and manage across accounts. */
export const adminRouter = {
  users: {
    list: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users", tags, summary: "Every account, a page at a time", description: "search matches part of a username or e-mail; offset and limit page through the sorted list." } })
      .input(adminListUsersInput)
      .output(adminUserPageOutput)
      .query(({ ctx, input }) => listUsers(ctx.db, input)),
    byId: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users/{userId}", tags, summary: "One account" } })
      .input(userIdInput)
      .output(adminUserOutput)
      .query(({ ctx, input }) => adminUserById(ctx.db, input)),
    signInMethods: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users/{userId}/sign-in-methods", tags, summary: "How an account signs in", description: "Whether it has a password, and its connected providers." } })
      .input(userIdInput)
      .output(signInMethodsOutput)
      .query(({ ctx, input }) => userSignInMethods(ctx.db, input)),
    setRole: adminProcedure
      .meta({ openapi: { method: "PUT", path: "/admin/users/{userId}/role", tags, summary: "Change an account's role", description: "USER, ADMIN or SUBSCRIBER. The last admin keeps the role." } })
      .input(changeRoleInput)
      .output(adminUserOutput)
      .mutation(({ ctx, input }) => changeUserRole(ctx.db, ctx.actor, input)),
    delete: adminProcedure
      .meta({ openapi: { method: "DELETE", path: "/admin/users/{userId}", tags, summary: "Delete an account and everything of theirs", description: "Never the last admin." } })
      .input(userIdInput)
      .output(userIdOutput)
      .mutation(({ ctx, input }) => deleteUser(ctx.db, input)),
    /** An account made for someone, with a one-time link to set its password (shown once). */
    create: adminProcedure
      .meta({ openapi: { method: "POST", path: "/admin/users", tags, summary: "Make an account for someone", description: "It has no password: hand its owner the one-time link (shown this once) to set one." } })
      .input(adminCreateUserInput)
      .output(createdUserOutput)
      .mutation(({ ctx, input }) => createUserWithLink(ctx.db, input, ctx.now())),
    /** A one-time password reset link to hand over (shown once): the way back in without e-mail. */
    resetLink: adminProcedure
      .meta({ openapi: { method: "POST", path: "/admin/users/{userId}/reset-link", tags, summary: "Make a one-time link to reset an account's password", description: "Shown this once; hand it to the account's owner." } })
      .input(userIdInput)
      .output(passwordLinkOutput)
      .mutation(({ ctx, input }) => createAdminResetLink(ctx.db, input, ctx.now())),
    /** For an owner who lost their device: takes two-step log-in off and ends that account's sessions. */
    removeTwoFactor: adminProcedure
      .meta({ openapi: { method: "DELETE", path: "/admin/users/{userId}/two-factor", tags, summary: "Take two-step log-in off an account", description: "For an owner who lost their device; every session of the account ends." } })
      .input(userIdInput)
      .output(twoFactorRemovedOutput)
      .mutation(({ ctx, input }) => removeTwoFactorForUser(ctx.db, input)),
    /** Anyone's personal access tokens, to see and revoke. */
    apiTokens: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users/{userId}/tokens", tags, summary: "A user's personal access tokens" } })
      .input(userTokensInput)
      .output(z.array(apiTokenOutput))
      .query(({ ctx, input }) => listUserApiTokens(ctx.db, input)),
    revokeApiToken: adminProcedure
      .meta({ openapi: { method: "DELETE", path: "/admin/tokens/{id}", tags, summary: "Revoke anyone's personal access token" } })
      .input(apiTokenIdInput)
      .output(revokedOutput)
      .mutation(({ ctx, input }) => revokeAnyApiToken(ctx.db, input)),
  },
  shares: {
    list: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users/{ownerId}/shares", tags, summary: "Who may read an account's calendar" } })
      .input(adminListSharesInput)
      .output(followersOutput)
      .query(({ ctx, input }) => followersOf(ctx.db, input.ownerId)),
    grant: adminProcedure
      .meta({ openapi: { method: "POST", path: "/admin/users/{ownerId}/shares", tags, summary: "Share an account's calendar with a subscriber", description: "Returns every follower." } })
      .input(adminGrantShareInput)
      .output(followersOutput)
      .mutation(({ ctx, input }) => grantShare(ctx.db, ctx.actor, input)),
    revoke: adminProcedure
      .meta({ openapi: { method: "DELETE", path: "/admin/users/{ownerId}/shares/{subscriberId}", tags, summary: "Stop sharing an account's calendar with a subscriber", description: "Returns the followers left." } })
      .input(adminRevokeShareInput)
      .output(followersOutput)
      .mutation(({ ctx, input }) => revokeShare(ctx.db, input)),
  },
  todos: {
    list: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/todos", tags, summary: "Everyone's todos, newest first, a page at a time", description: "Filters: ownerId, done, priority, projectId, due (overdue, today, upcoming, none: by each owner's own today). total (counted up to a cap) comes with the first page only." } })
      .input(adminListTodosInput)
      .output(adminTodoPageOutput)
      .query(({ ctx, input }) => listAllTodos(ctx.db, input, ctx.now())),
  },
  schedules: {
    list: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/schedules", tags, summary: "Everyone's schedules, latest start first, a page at a time", description: "total (counted up to a cap) comes with the first page only." } })
      .input(adminListSchedulesInput)
      .output(adminSchedulePageOutput)
      .query(({ ctx, input }) => listAllSchedules(ctx.db, input)),
    range: adminProcedure
      .meta({ openapi: { method: "GET", path: "/admin/users/{ownerId}/schedules", tags, summary: "An account's schedules in a window", description: "Every schedule overlapping [from, to) (at most 100 days), by start." } })
      .input(adminScheduleRangeInput)
      .output(scheduleViewsOutput)
      .query(({ ctx, input }) => userSchedulesInRange(ctx.db, ctx.actor, input)),
    create: adminProcedure
      .meta({ openapi: { method: "POST", path: "/admin/schedules", tags, summary: "Create a schedule on anyone's calendar", description: "ownerId names the calendar; the grid and length rules are those of POST /schedules." } })
      .input(adminCreateScheduleInput)
      .output(scheduleViewOutput)
      .mutation(({ ctx, input }) => createSchedule(ctx.db, ctx.actor, input, ctx.now())),
    update: adminProcedure
      .meta({ openapi: { method: "PATCH", path: "/admin/schedules/{id}", tags, summary: "Change anyone's schedule" } })
      .input(updateScheduleInput)
      .output(scheduleViewOutput)
      .mutation(({ ctx, input }) => updateSchedule(ctx.db, ctx.actor, input, ctx.now())),
    delete: adminProcedure
      .meta({ openapi: { method: "DELETE", path: "/admin/schedules/{id}", tags, summary: "Delete anyone's schedule" } })
      .input(deleteScheduleInput)
      .output(scheduleIdOutput)
      .mutation(({ ctx, input }) => deleteSchedule(ctx.db, ctx.actor, input, ctx.now())),
  },
};
