import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "~/components/notice";
import { LoginForm } from "~/features/auth/login-form";
import { safeCallbackUrl } from "~/features/auth/events";
import { ProviderButtons } from "~/features/sign-in-providers/provider-buttons";
import { ProviderCodeStep } from "~/features/sign-in-providers/provider-code-step";
import { ProviderNotice } from "~/features/sign-in-providers/provider-notice";
import { currentAccount } from "~/server/current-account";
import { configuredSignInProviders } from "~/server/sign-in-providers/configs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

type Params = { callbackUrl?: string; reset?: string; step?: string; error?: string; refused?: string; provider?: string; minutes?: string };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Params> }) {
  if (await currentAccount()) redirect("/calendar");
  const params = await searchParams;
  const { callbackUrl, reset } = params;
  const t = await getTranslations("auth");
  const providers = configuredSignInProviders();
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("loginHeading")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("loginIntro")}</p>
      {reset === "done" && (
        <div className="mb-4">
          <Notice title={t("passwordSet")}>{t("passwordSetBody")}</Notice>
        </div>
      )}
      {params.step === "code" ? (
        <ProviderCodeStep />
      ) : (
        <>
          <ProviderNotice params={params} providers={providers} />
          <div className="mb-4">
            <ProviderButtons providers={providers} callbackUrl={safeCallbackUrl(callbackUrl)} />
          </div>
          <LoginForm callbackUrl={callbackUrl ?? null} />
        </>
      )}
    </>
  );
}
