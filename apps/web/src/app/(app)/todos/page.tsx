import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canWriteOwnTodos } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { TodosScreen } from "~/features/todos/todos-screen";
import { currentAccount } from "~/server/current-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("todos") };
}

export default async function TodosPage() {
  const account = await currentAccount();
  if (!account) redirect("/login");
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("nav.todos")} description={t("pages.todosDescription")} />
      <TodosScreen
        canWrite={canWriteOwnTodos({ userId: account.id, role: account.role })}
        timeZone={account.timeZone}
        weekStartDay={account.weekStart}
      />
    </div>
  );
}
