import { z } from "zod";
import { idSchema, offsetPageInput } from "../shared/pagination";
import { plainText } from "../shared/text";
import { ROLES } from "../user/role";

import { USER_SORT_FIELDS } from "./admin-values";

export * from "./admin-values";

export const adminListUsersInput = offsetPageInput.extend({
  /** Part of a username or an email address. */
  search: plainText(z.string().trim().max(254), "The search").optional(),
  role: z.enum(ROLES).optional(),
  sort: z.enum(USER_SORT_FIELDS).default("createdAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
});
export type AdminListUsersInput = z.input<typeof adminListUsersInput>;
export type AdminListUsersValues = z.output<typeof adminListUsersInput>;

export const userIdInput = z.strictObject({ userId: idSchema });
export type UserIdValues = z.output<typeof userIdInput>;
export const changeRoleInput = z.strictObject({ userId: idSchema, role: z.enum(ROLES) });
export type ChangeRoleValues = z.output<typeof changeRoleInput>;
