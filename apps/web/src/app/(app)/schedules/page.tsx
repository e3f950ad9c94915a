import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { canCreateOwnSchedules } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { SchedulesScreen } from "~/features/schedule/schedules-screen";
import { currentAccount } from "~/server/current-account";
import { redirectToLogIn } from "~/server/log-in-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("schedules") };
}

export default async function SchedulesPage() {
  const account = await currentAccount();
  if (!account) return redirectToLogIn();
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("nav.schedules")} description={t("pages.schedulesDescription")} />
      <SchedulesScreen timeZone={account.timeZone} canWrite={canCreateOwnSchedules({ userId: account.id, role: account.role })} />
    </div>
  );
}
