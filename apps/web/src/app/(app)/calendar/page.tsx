import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canCreateOwnSchedules } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { CalendarScreen } from "~/features/schedule/calendar-screen";
import { SearchBox } from "~/features/search/search-box";
import { currentAccount } from "~/server/current-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("calendar") };
}

export default async function CalendarPage() {
  const account = await currentAccount();
  if (!account) redirect("/login");
  const t = await getTranslations();
  const canWrite = canCreateOwnSchedules({ userId: account.id, role: account.role });
  return (
    <>
      <PageHeader title={t("nav.calendar")} description={t("pages.calendarDescription")} actions={<SearchBox />} />
      <CalendarScreen
        source={{ kind: "own", viewerId: account.id }}
        basePath="/calendar"
        timeZone={account.timeZone}
        canWrite={canWrite}
        timeZoneEditable
        ownLabel={canWrite ? t("pages.ownSchedules") : t("pages.ownCalendar")}
        weekStartDay={account.weekStart}
        listPath="/schedules"
      />
    </>
  );
}
