import { z } from "zod";
import { idOutput, instantOutput } from "./shared";

/** An account as sharing names it: a subscriber, or a calendar's owner. */
export const personOutput = z
  .object({
    id: idOutput,
    username: z.string().meta({ example: "bob" }),
    name: z.string().meta({ example: "Bob Lee" }),
    email: z.string().nullable().meta({ example: "bob@example.com" }),
  })
  .meta({ id: "Person" });

/** A subscriber who may read an owner's calendar. */
export const followerOutput = z
  .object({
    subscriber: personOutput,
    grantedAt: instantOutput,
    grantedBy: z.string().nullable().meta({ description: "Username of who shared it (the owner or an admin); null once that account is gone", example: "alice" }),
  })
  .meta({ id: "Follower" });

/** Every follower of the calendar, after the change. */
export const followersOutput = z.array(followerOutput);

export const sharedCalendarOutput = z.object({ owner: personOutput, grantedAt: instantOutput }).meta({ id: "SharedCalendar" });

export const sharedCalendarsOutput = z.array(sharedCalendarOutput);
