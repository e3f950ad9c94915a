import { getTranslations } from "next-intl/server";
import type { ProviderFailure } from "~/server/sign-in-providers/errors";
import type { ProviderChoice } from "./provider-buttons";

const FAILURES: readonly ProviderFailure[] = ["cancelled", "check-failed", "provider-down", "failed"];
const REFUSALS = ["email-taken", "linked-elsewhere", "provider-taken", "rate-limited"] as const;

/** What /login says after a provider log-in came back without logging in: `?error=` (before our checks) or `?refused=` (ours). */
export async function ProviderNotice({
  params,
  providers,
}: {
  params: { error?: string; refused?: string; provider?: string; minutes?: string };
  providers: ProviderChoice[];
}) {
  const t = await getTranslations("signInProviders");
  const names = await getTranslations("signInProviders.providerNames");
  const chosen = providers.find((provider) => provider.id === params.provider);
  const providerName = chosen ? (chosen.id === "oidc" ? chosen.name : names(chosen.id)) : "";
  let message: string | null = null;
  const refusal = REFUSALS.find((reason) => reason === params.refused);
  if (refusal) {
    message = t(`refused.${refusal}`, { provider: providerName, minutes: Math.max(1, Number(params.minutes) || 1) });
  } else if (params.error) {
    // Any other value (next-auth's own, or one typed into the address) reads as the general failure.
    message = t(`failed.${FAILURES.find((failure) => failure === params.error) ?? "failed"}`);
  }
  if (!message) return null;
  return (
    <div role="alert" data-testid="provider-notice" className="mb-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
      <p className="font-semibold">{t("failedTitle")}</p>
      <p className="mt-0.5">{message}</p>
    </div>
  );
}
