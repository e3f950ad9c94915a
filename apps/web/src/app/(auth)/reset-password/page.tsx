import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordScreen } from "~/features/recovery/reset-password-screen";
import { TrpcReactProvider } from "~/trpc/react";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recovery"))("resetTitle") };
}

/** Opened from a password link, logged in or not: the link says whose password it sets. */
export default function ResetPasswordPage() {
  return (
    <TrpcReactProvider>
      <ResetPasswordScreen />
    </TrpcReactProvider>
  );
}
