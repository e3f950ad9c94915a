import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { userIdInput } from "@planner/domain";
import { AdminUserScreen } from "~/features/admin/user-screen";
import { currentAccount } from "~/server/current-account";
import { serverCaller } from "~/server/server-caller";
import { configuredSignInProviders } from "~/server/sign-in-providers/configs";

/**
 * The account an admin opened, or the app's 404 for anyone else and for an id
 * that is no user: admin pages do not admit they exist.
 */
const adminUser = cache(async (id: string) => {
  const account = await currentAccount();
  if (account?.role !== "ADMIN") notFound();
  const input = userIdInput.safeParse({ userId: id });
  if (!input.success) notFound();
  try {
    return { account, user: await (await serverCaller()).admin.users.byId(input.data) };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { user } = await adminUser((await params).id);
  return { title: (await getTranslations("admin"))("userPageTitle", { name: user.name }) };
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { account, user } = await adminUser((await params).id);
  // The generic provider's name is the one its settings give (say "Team SSO").
  const oidcName = configuredSignInProviders().find((provider) => provider.id === "oidc")?.name ?? null;
  return <AdminUserScreen initialUser={user} isSelf={user.id === account.id} oidcName={oidcName} />;
}
