"use client";

import { usePathname } from "next/navigation";
import { TabLinks } from "~/components/tab-links";

/** Calendar | Schedules of one user, for admins. */
export function UserCalendarTabs({ userId }: { userId: string }) {
  const pathname = usePathname();
  const base = `/admin/users/${userId}`;
  return (
    <TabLinks
      label="This user’s schedules"
      current={pathname.endsWith("/schedules") ? "schedules" : "calendar"}
      tabs={[
        { key: "calendar", label: "Calendar", href: `${base}/calendar` },
        { key: "schedules", label: "List", href: `${base}/schedules` },
      ]}
    />
  );
}
