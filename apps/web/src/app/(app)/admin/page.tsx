import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "~/components/empty-state";
import { PageHeader } from "~/components/page-header";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Admin" };

// Filled in by the admin issue (#6).
export default async function AdminPage() {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  return (
    <>
      <PageHeader title="Admin" description="Every account and schedule." />
      <EmptyState title="The admin console is on its way">Users, roles and shared calendars will be managed here.</EmptyState>
    </>
  );
}
