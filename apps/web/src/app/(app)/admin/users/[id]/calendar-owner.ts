import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@planner/domain";
import { getDatabase } from "@planner/db";
import { currentAccount } from "~/server/current-account";

/**
 * The user whose calendar an admin opened, or the app's 404 for anyone else
 * (and for an id that is no user): admin pages do not admit they exist.
 * The admin users router (a later issue) will own this lookup; until then the
 * repository answers it, read-only.
 */
export const adminCalendarOwner = cache(async (id: string) => {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  const owner = await (await getDatabase()).users.findById(parsed.data);
  if (!owner) notFound();
  return { id: owner.id, name: owner.name, username: owner.username, timeZone: owner.timeZone };
});
