import { ProviderButtonList, type ProviderChoice } from "./provider-button-list";
import { ProviderMark } from "./provider-marks";

export type { ProviderChoice };

/** One button per configured service ("Continue with Google"); nothing at all when none is configured. Marks drawn here, on the server. */
export function ProviderButtons({ providers, callbackUrl }: { providers: ProviderChoice[]; callbackUrl: string }) {
  const marks = Object.fromEntries(providers.map((provider) => [provider.id, <ProviderMark key={provider.id} provider={provider.id} />]));
  return <ProviderButtonList providers={providers} callbackUrl={callbackUrl} marks={marks} />;
}
