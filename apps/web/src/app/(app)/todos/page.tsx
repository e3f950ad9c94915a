import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { canWriteOwnTodos } from "@planner/domain";
import { PageHeader } from "~/components/page-header";
import { TodosScreen } from "~/features/todos/todos-screen";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Todos" };

export default async function TodosPage() {
  const account = await currentAccount();
  if (!account) redirect("/login");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Todos" description="Everything you mean to get done." />
      <TodosScreen canWrite={canWriteOwnTodos({ userId: account.id, role: account.role })} />
    </div>
  );
}
