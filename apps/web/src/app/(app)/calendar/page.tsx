import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { canCreateOwnSchedules } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { CalendarScreen } from "~/features/schedule/calendar-screen";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage() {
  const account = await currentAccount();
  if (!account) redirect("/login");
  const canWrite = canCreateOwnSchedules({ userId: account.id, role: account.role });
  return (
    <>
      <PageHeader title="Calendar" description="Your schedules and the calendars shared with you, on a 30-minute grid." />
      <CalendarScreen
        source={{ kind: "own", viewerId: account.id }}
        basePath="/calendar"
        timeZone={account.timeZone}
        canWrite={canWrite}
        timeZoneEditable
        ownLabel={canWrite ? "Your schedules" : "Your calendar"}
      />
    </>
  );
}
