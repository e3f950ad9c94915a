import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { canCreateOwnSchedules } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { SchedulesScreen } from "~/features/schedule/schedules-screen";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Schedules" };

export default async function SchedulesPage() {
  const account = await currentAccount();
  if (!account) redirect("/login");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Schedules" description="Everything on your calendar, by start time." />
      <SchedulesScreen timeZone={account.timeZone} canWrite={canCreateOwnSchedules({ userId: account.id, role: account.role })} />
    </div>
  );
}
