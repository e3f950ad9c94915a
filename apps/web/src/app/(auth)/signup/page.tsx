import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "~/features/auth/signup-form";
import { ProviderButtons } from "~/features/sign-in-providers/provider-buttons";
import { currentAccount } from "~/server/current-account";
import { configuredSignInProviders } from "~/server/sign-in-providers/configs";
import { TrpcReactProvider } from "~/trpc/react";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signupTitle") };
}

export default async function SignUpPage() {
  if (await currentAccount()) redirect("/calendar");
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("signupHeading")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("signupIntro")}</p>
      <div className="mb-4">
        <ProviderButtons providers={configuredSignInProviders()} callbackUrl="/calendar" />
      </div>
      <TrpcReactProvider>
        <SignUpForm />
      </TrpcReactProvider>
    </>
  );
}
