import { z } from "zod";
import { plainText } from "../shared/text";
import { passwordSchema, timeZoneSchema } from "../user/rules";

export const NAME_MAX = 100;

export const updateProfileInput = z.strictObject({
  name: plainText(z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(NAME_MAX, `Keep it to ${NAME_MAX} characters.`), "Your name"),
  timeZone: timeZoneSchema,
});
export type UpdateProfileInput = z.input<typeof updateProfileInput>;
export type UpdateProfileValues = z.output<typeof updateProfileInput>;

export const changePasswordInput = z
  .strictObject({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(1024),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }),
    /** Also revoke every personal API token (the password's change ends every session anyway). */
    revokeTokens: z.boolean({ error: "Send true or false." }).optional(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;
export type ChangePasswordValues = z.output<typeof changePasswordInput>;

export const deleteAccountInput = z.strictObject({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(1024),
});
export type DeleteAccountInput = z.input<typeof deleteAccountInput>;
export type DeleteAccountValues = z.output<typeof deleteAccountInput>;
