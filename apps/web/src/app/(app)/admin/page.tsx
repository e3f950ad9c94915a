import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "~/components/page-header";
import { UsersScreen } from "~/features/admin/users-screen";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Admin" };

/** The admin console: every account. Others get the 404, as if it did not exist. */
export default async function AdminPage() {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  return (
    <>
      <PageHeader
        title="Users"
        description="Every account: find people, change their role, manage who follows their calendar."
        actions={
          <Link prefetch={false} href="/settings" className="text-sm font-medium text-brand-600 hover:underline">
            Your own settings
          </Link>
        }
      />
      <UsersScreen />
    </>
  );
}
