import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "~/components/page-header";
import { CreateUserButton } from "~/features/admin/create-user-dialog";
import { UsersScreen } from "~/features/admin/users-screen";
import { currentAccount } from "~/server/current-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("pageTitle") };
}

/** The admin console: every account. Others get the 404, as if it did not exist. */
export default async function AdminPage() {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader
        title={t("users")}
        description={t("usersDescription")}
        actions={
          <div className="flex items-center gap-4">
            <Link prefetch={false} href="/settings" className="text-sm font-medium text-brand-600 hover:underline">
              {t("ownSettings")}
            </Link>
            <CreateUserButton />
          </div>
        }
      />
      <UsersScreen />
    </>
  );
}
