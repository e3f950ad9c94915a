import type { inferRouterOutputs } from "@trpc/server";
import type { z } from "zod";
import type { AppRouter } from "@planner/api";
import type { changePasswordInput, deleteAccountInput, updateProfileInput } from "@planner/domain";

/** The logged-in account, as `auth.me` gives it. */
export type Account = inferRouterOutputs<AppRouter>["auth"]["me"];

export type ProfileForm = z.input<typeof updateProfileInput>;
export type ProfileValues = z.output<typeof updateProfileInput>;
export type PasswordForm = z.input<typeof changePasswordInput>;
export type PasswordValues = z.output<typeof changePasswordInput>;
export type DeleteAccountForm = z.input<typeof deleteAccountInput>;
export type DeleteAccountValues = z.output<typeof deleteAccountInput>;
