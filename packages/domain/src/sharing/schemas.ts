import { z } from "zod";
import { idSchema } from "../shared/pagination";

/** A subscriber named by username or email, as people type it. */
const subscriberLogin = z
  .string({ error: "Enter the subscriber's username or email." })
  .trim()
  .toLowerCase()
  .min(1, "Enter the subscriber's username or email.")
  .max(254);

export const grantShareInput = z.strictObject({ subscriber: subscriberLogin });
export const revokeShareInput = z.strictObject({ subscriberId: idSchema });
export const adminListSharesInput = z.strictObject({ ownerId: idSchema });
export const adminGrantShareInput = z.strictObject({ ownerId: idSchema, subscriber: subscriberLogin });
export const adminRevokeShareInput = z.strictObject({ ownerId: idSchema, subscriberId: idSchema });
