"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { TabLinks } from "~/components/tab-links";

/** Calendar | Schedules of one user, for admins. */
export function UserCalendarTabs({ userId }: { userId: string }) {
  const t = useTranslations("admin");
  const pathname = usePathname();
  const base = `/admin/users/${userId}`;
  return (
    <TabLinks
      label={t("userScheduleTabs")}
      current={pathname.endsWith("/schedules") ? "schedules" : "calendar"}
      tabs={[
        { key: "calendar", label: t("tabCalendar"), href: `${base}/calendar` },
        { key: "schedules", label: t("tabList"), href: `${base}/schedules` },
      ]}
    />
  );
}
