import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "~/features/auth/signup-form";
import { currentAccount } from "~/server/current-account";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await currentAccount()) redirect("/calendar");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-6 text-sm text-slate-600">Plan your days, keep your todos, get reminded.</p>
      <SignUpForm />
    </>
  );
}
