import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { canWriteOwnTodos } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { TodosScreen } from "~/features/todos/todos-screen";
import { currentAccount } from "~/server/current-account";
import { redirectToLogIn } from "~/server/log-in-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("todos") };
}

export default async function TodosPage() {
  const account = await currentAccount();
  if (!account) return redirectToLogIn();
  const t = await getTranslations();
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title={t("nav.todos")} description={t("pages.todosDescription")} />
      <TodosScreen canWrite={canWriteOwnTodos({ userId: account.id, role: account.role })} timeZone={account.timeZone} />
    </div>
  );
}
