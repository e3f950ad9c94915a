import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { canCreateOwnSchedules } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { CalendarScreen } from "~/features/schedule/calendar-screen";
import { SearchBox } from "~/features/search/search-box";
import { currentAccount } from "~/server/current-account";
import { redirectToLogIn } from "~/server/log-in-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("calendar") };
}

export default async function CalendarPage() {
  const account = await currentAccount();
  if (!account) return redirectToLogIn();
  const t = await getTranslations();
  const canWrite = canCreateOwnSchedules({ userId: account.id, role: account.role });
  return (
    <>
      <PageHeader title={t("nav.calendar")} description={t("pages.calendarDescription")} actions={<SearchBox />} compactOnPhone />
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
