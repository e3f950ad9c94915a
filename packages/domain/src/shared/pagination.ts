import { z } from "zod";

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-values";

export * from "./page-values";

export const pageLimitSchema = z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);

/**
 * Offset pagination, for the admin users table only: its sort columns are many
 * and the users table stays small next to todos and schedules. Lists over
 * todos, schedules and notifications page by keyset cursor instead, so a deep
 * page costs what the first one does.
 */
export const offsetPageInput = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: pageLimitSchema,
});

/** An opaque keyset cursor: the sort key of the last row already shown. */
export const cursorSchema = z.string().max(200);

/**
 * The fields of a keyset-paginated list. `direction` is what tRPC's infinite
 * queries add to every page request; lists here only go forward, so it is
 * accepted and ignored.
 */
export const cursorPageFields = {
  cursor: cursorSchema.nullish(),
  direction: z.enum(["forward", "backward"]).nullish(),
  limit: pageLimitSchema,
};

export const idSchema = z.uuid("That id is not valid.");

/** An admin list: a keyset cursor and a limit, no offset. */
export const adminCursorPageInput = z.strictObject(cursorPageFields);
