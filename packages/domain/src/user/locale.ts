// No zod here: pages import these to show the languages (see locale-schemas.ts).
/** The languages the app is written in; English is the fallback everywhere. */
export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A language tag ("ko-KR", "en", " KO ") as one of ours, or undefined. */
export function localeOf(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : undefined;
}

/** The first of an Accept-Language header's languages that we have, in the order of its q weights. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) {
    const locale = localeOf(entry.tag);
    if (locale) return locale;
  }
  return undefined;
}

/** The language of a page: the account's setting, then the browser's cookie, then Accept-Language, then English. */
export function negotiateLocale(choices: { account?: Locale | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  return choices.account ?? localeOf(choices.cookie) ?? localeFromAcceptLanguage(choices.acceptLanguage) ?? DEFAULT_LOCALE;
}
