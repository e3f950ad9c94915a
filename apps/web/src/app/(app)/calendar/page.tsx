import type { Metadata } from "next";
import { EmptyState } from "~/components/empty-state";
import { PageHeader } from "~/components/page-header";

export const metadata: Metadata = { title: "Calendar" };

// Filled in by the schedules issue (#4).
export default function CalendarPage() {
  return (
    <>
      <PageHeader title="Calendar" description="Your schedules on a 30-minute grid." />
      <EmptyState title="The calendar is on its way">Month, week and day views of your schedules will appear here.</EmptyState>
    </>
  );
}
