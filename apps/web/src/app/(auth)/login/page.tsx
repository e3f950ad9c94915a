import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "~/components/notice";
import { LoginForm } from "~/features/auth/login-form";
import { currentAccount } from "~/server/current-account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  if (await currentAccount()) redirect("/calendar");
  const { callbackUrl, reset } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("loginHeading")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("loginIntro")}</p>
      {reset === "done" && (
        <div className="mb-4">
          <Notice title={t("passwordSet")}>{t("passwordSetBody")}</Notice>
        </div>
      )}
      <LoginForm callbackUrl={callbackUrl ?? null} />
    </>
  );
}
