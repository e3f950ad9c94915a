import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { AdminSchedulesScreen } from "~/features/schedule/admin-schedules-screen";
import { AdminCalendarHeader } from "../calendar-header";
import { adminCalendarOwner } from "../calendar-owner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("userSchedulesTitle") };
}

export default async function AdminUserSchedulesPage({ params }: { params: Promise<{ id: string }> }) {
  const owner = await adminCalendarOwner((await params).id);
  const base = `/admin/users/${owner.id}`;
  return (
    <>
      <AdminCalendarHeader owner={owner} />
      <AdminSchedulesScreen
        ownerId={owner.id}
        ownerName={owner.name}
        timeZone={owner.timeZone}
        basePath={`${base}/schedules`}
        calendarPath={`${base}/calendar`}
      />
    </>
  );
}
