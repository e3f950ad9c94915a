import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageHeader } from "~/components/page-header";
import { ChevronLeftIcon } from "lucide-react";
import { UserCalendarTabs } from "./user-calendar-tabs";

/** The head of an admin's view of one user's calendar or list: whose, a way back, and Calendar | List. */
export function AdminCalendarHeader({ owner }: { owner: { id: string; name: string; username: string } }) {
  const t = useTranslations("admin");
  return (
    <>
      <Link
        href={`/admin/users/${owner.id}`}
        prefetch={false}
        className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        <ChevronLeftIcon className="size-4" />
        {owner.name}
      </Link>
      <PageHeader
        title={t("calendarOf", { name: owner.name })}
        description={t("calendarHeaderDescription", { username: owner.username })}
        actions={<UserCalendarTabs userId={owner.id} />}
      />
    </>
  );
}
