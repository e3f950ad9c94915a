import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const pageLimitSchema = z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE);

/** Offset pagination for admin tables, where a total and page numbers matter. */
export const offsetPageInput = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: pageLimitSchema,
});

/** An opaque keyset cursor: the sort key of the last row already shown. */
export const cursorSchema = z.string().max(200);

export const idSchema = z.uuid("That id is not valid.");
