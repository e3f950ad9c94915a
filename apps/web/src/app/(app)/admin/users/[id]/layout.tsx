import type { ReactNode } from "react";
import { PageHeader } from "~/components/page-header";
import { adminCalendarOwner } from "./calendar-owner";
import { UserCalendarTabs } from "./user-calendar-tabs";

export default async function AdminUserLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const owner = await adminCalendarOwner((await params).id);
  return (
    <>
      <PageHeader
        title={`${owner.name}’s calendar`}
        description={`@${owner.username} · as an admin you can add, change and delete their schedules.`}
        actions={<UserCalendarTabs userId={owner.id} />}
      />
      {children}
    </>
  );
}
