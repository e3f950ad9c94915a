import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { passwordResetByEmail } from "@planner/api/server";
import { ForgotPasswordForm } from "~/features/recovery/forgot-password-form";
import { currentAccount } from "~/server/current-account";
import { TrpcReactProvider } from "~/trpc/react";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  if (await currentAccount()) redirect("/calendar");
  const t = await getTranslations("recovery");
  const mailAvailable = passwordResetByEmail();
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("forgotHeading")}</h1>
      <p className="mb-6 text-sm text-slate-600">{mailAvailable ? t("forgotIntro") : t("forgotIntroNoMail")}</p>
      <TrpcReactProvider>
        <ForgotPasswordForm mailAvailable={mailAvailable} />
      </TrpcReactProvider>
    </>
  );
}
