import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppHeader } from "~/features/shell/app-header";
import { currentAccount } from "~/server/current-account";

// Per-request pages: they depend on who is logged in.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount();
  // A cookie whose account is gone or changed: log in again (no redirect loop,
  // the log-in page checks the database too).
  if (!account) redirect("/login");
  return (
    <div className="min-h-screen">
      <AppHeader account={account} />
      <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">{children}</main>
    </div>
  );
}
