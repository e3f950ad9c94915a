import type { Metadata } from "next";
import { EmptyState } from "~/components/empty-state";
import { PageHeader } from "~/components/page-header";

export const metadata: Metadata = { title: "Todos" };

// Filled in by the todos issue (#3).
export default function TodosPage() {
  return (
    <>
      <PageHeader title="Todos" description="Everything you mean to get done." />
      <EmptyState title="Your todo list is on its way">Add, tick off and tidy your todos here.</EmptyState>
    </>
  );
}
