import { LOCALES, ROLES, THEMES, WEEK_START_DAYS } from "@planner/domain";
import { z } from "zod";
import { idOutput } from "./shared";

export const meOutput = z
  .object({
    id: idOutput,
    username: z.string().meta({ example: "alice" }),
    email: z.string().meta({ example: "alice@example.com" }),
    name: z.string(),
    role: z.enum(ROLES),
    timeZone: z.string().meta({ description: "IANA time zone", example: "Asia/Seoul" }),
    locale: z.enum(LOCALES).nullable().meta({ description: "null: the browser's language decides" }),
    theme: z.enum(THEMES).nullable(),
    weekStart: z.enum(WEEK_START_DAYS).nullable().meta({ description: "null: the language's usual first day" }),
  })
  .meta({ id: "Me" });

export const signedUpOutput = z.object({ id: idOutput, username: z.string() });
