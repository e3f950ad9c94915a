import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "~/features/auth/login-form";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentAccount()) redirect("/calendar");
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Welcome back</h1>
      <p className="mb-6 text-sm text-slate-600">Log in to see your calendar and todos.</p>
      <LoginForm callbackUrl={callbackUrl ?? null} />
    </>
  );
}
