import { z } from "zod";

// Output schemas: what each procedure returns, for the REST document
// (/api/openapi.json) and as a guarantee that nothing else leaves the server
// (tRPC checks every response against them and drops unknown keys).

/** An instant; JSON carries it as an ISO 8601 string in UTC. */
export const instantOutput = z.date().meta({ description: "ISO 8601 date and time, UTC", example: "2026-12-07T09:00:00.000Z" });

export const idOutput = z.uuid().meta({ example: "01938a3e-7c1b-7a2e-9f00-1b2c3d4e5f60" });

/** A page of a list read newest first: pass nextCursor back as `cursor` for the next page; null on the last. */
export const nextCursorOutput = z.string().nullable().meta({ description: "Pass back as `cursor` for the next page; null on the last page." });

/** A total that stops counting at a cap ("1,000+"), so a huge table is never counted in full. */
export const boundedTotalOutput = z
  .object({ count: z.number().int(), capped: z.boolean().meta({ description: "true: there are at least `count`, not exactly" }) })
  .nullable();
