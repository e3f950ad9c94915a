import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { CalendarScreen } from "~/features/schedule/calendar-screen";
import { AdminCalendarHeader } from "../calendar-header";
import { adminCalendarOwner } from "../calendar-owner";
import { currentAccount } from "~/server/current-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("userCalendarTitle") };
}

/** Any user's calendar for admins: the same calendar, fed by admin.schedules.*, in the owner's time zone. */
export default async function AdminUserCalendarPage({ params }: { params: Promise<{ id: string }> }) {
  const owner = await adminCalendarOwner((await params).id);
  // The admin's own week start, as on their own calendar; the zone is the owner's.
  const viewer = await currentAccount();
  const t = await getTranslations("admin");
  return (
    <>
      <AdminCalendarHeader owner={owner} />
      <CalendarScreen
        source={{ kind: "admin", ownerId: owner.id }}
        basePath={`/admin/users/${owner.id}/calendar`}
        timeZone={owner.timeZone}
        canWrite
        timeZoneEditable={false}
        ownLabel={t("ownersSchedules", { name: owner.name })}
        weekStartDay={viewer?.weekStart ?? null}
        listPath={`/admin/users/${owner.id}/schedules`}
      />
    </>
  );
}
