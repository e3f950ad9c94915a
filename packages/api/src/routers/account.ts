import { updateTimeZoneInput } from "@planner/domain";
import { authedProcedure } from "../trpc";

/** The caller's own account settings (the settings page grows this). */
export const accountRouter = {
  updateTimeZone: authedProcedure.input(updateTimeZoneInput).mutation(async ({ ctx, input }) => {
    await ctx.db.users.setTimeZone(ctx.actor.userId, input.timeZone);
    return { timeZone: input.timeZone };
  }),
};
