import { z } from "zod";
import { userOutput } from "./account";
import { scheduleWithOwnerOutput } from "./schedule";
import { boundedTotalOutput, idOutput, instantOutput, nextCursorOutput } from "./shared";
import { todoWithOwnerOutput } from "./todo";

const twoFactorEnabled = z.boolean().meta({ description: "Whether the account has two-step log-in on" });

/** One account as the admin console shows it. */
export const adminUserOutput = userOutput.extend({ twoFactorEnabled }).meta({ id: "AdminUser" });

/** A row of the admin console's users table. */
export const adminUserRowOutput = userOutput
  .extend({ todoCount: z.number().int().meta({ example: 12 }), scheduleCount: z.number().int().meta({ example: 40 }), twoFactorEnabled })
  .meta({ id: "AdminUserRow" });

export const adminUserPageOutput = z.object({ items: z.array(adminUserRowOutput), total: z.number().int().meta({ description: "Matching accounts in all", example: 57 }) });

export const userIdOutput = z.object({ userId: idOutput });

const passwordLinkFields = {
  url: z.string().meta({ description: "A one-time link to set the password; shown this once", example: "https://planner.example.com/reset-password#token=…" }),
  expiresAt: instantOutput,
};

export const passwordLinkOutput = z.object(passwordLinkFields);

export const createdUserOutput = z.object({ user: userOutput, ...passwordLinkFields });

export const twoFactorRemovedOutput = z.object({
  userId: idOutput,
  removed: z.boolean().meta({ description: "false: it was not on" }),
  sessionsEnded: z.number().int().meta({ example: 1 }),
});

export const adminTodoPageOutput = z.object({ items: z.array(todoWithOwnerOutput), nextCursor: nextCursorOutput, total: boundedTotalOutput.meta({ description: "With the first page only" }) });

export const adminSchedulePageOutput = z.object({
  items: z.array(scheduleWithOwnerOutput),
  nextCursor: nextCursorOutput,
  total: boundedTotalOutput.meta({ description: "With the first page only" }),
});
