import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { currentAccount } from "~/server/current-account";

/** Everything about one user (their account, calendar, list) is for admins: anyone else gets the app's 404. */
export default async function AdminUserLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  return children;
}
