import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { userIdInput } from "@planner/domain";
import { currentAccount } from "~/server/current-account";
import { serverCaller } from "~/server/server-caller";

/**
 * The user whose calendar an admin opened, or the app's 404 for anyone else
 * (and for an id that is no user): admin pages do not admit they exist.
 */
export const adminCalendarOwner = cache(async (id: string) => {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  const input = userIdInput.safeParse({ userId: id });
  if (!input.success) notFound();
  try {
    const owner = await (await serverCaller()).admin.users.byId(input.data);
    return { id: owner.id, name: owner.name, username: owner.username, timeZone: owner.timeZone };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
