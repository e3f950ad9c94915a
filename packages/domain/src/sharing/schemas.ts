import { z } from "zod";
import { idSchema } from "../shared/pagination";
import { plainText } from "../shared/text";

/** A subscriber named by username or email, as people type it. */
const subscriberLogin = plainText(
  z
    .string({ error: "Enter the subscriber's username or email." })
    .trim()
    .toLowerCase()
    .min(1, "Enter the subscriber's username or email.")
    .max(254),
  "The username or email",
);

export const grantShareInput = z.strictObject({ subscriber: subscriberLogin });
export type GrantShareValues = z.output<typeof grantShareInput>;
export const revokeShareInput = z.strictObject({ subscriberId: idSchema });
export type RevokeShareValues = z.output<typeof revokeShareInput>;
export const adminListSharesInput = z.strictObject({ ownerId: idSchema });
export type AdminListSharesValues = z.output<typeof adminListSharesInput>;
export const adminGrantShareInput = z.strictObject({ ownerId: idSchema, subscriber: subscriberLogin });
export type AdminGrantShareValues = z.output<typeof adminGrantShareInput>;
export const adminRevokeShareInput = z.strictObject({ ownerId: idSchema, subscriberId: idSchema });
export type AdminRevokeShareValues = z.output<typeof adminRevokeShareInput>;
