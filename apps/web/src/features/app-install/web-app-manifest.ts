import type { MetadataRoute } from "next";
import { localeOf, localeFromAcceptLanguage, type Locale } from "@planner/domain";

// The web app manifest (/manifest.webmanifest): what a browser needs to offer
// "Install" and to start the app from the home screen, in the person's language.
//
// The app has no language in its URLs, and browsers fetch a manifest without
// cookies (unless the <link> says crossorigin="use-credentials"), so the page's
// language would not reach it: the pages link it with `?lang=<their language>`
// (app/layout.tsx), and a bare fetch gets the locale cookie's language, if
// sent, else Accept-Language's, else English.

export const MANIFEST_PATH = "/manifest.webmanifest";

/** The colours of the app's light theme (globals.css): the page and the header. The dark ones are in the page's theme-color meta tags. */
export const APP_COLOURS = {
  light: { background: "#f8fafc", theme: "#ffffff" },
  dark: { background: "#020618", theme: "#0f172b" },
} as const;

/** The manifest link of a page in `locale`. */
export function manifestHref(locale: Locale): string {
  return `${MANIFEST_PATH}?lang=${locale}`;
}

/** The manifest's language: `?lang=`, then the cookie, then Accept-Language, then English. */
export function manifestLocale(lang: string | null, cookie: string | null | undefined, acceptLanguage: string | null): Locale {
  return localeOf(lang) ?? localeOf(cookie) ?? localeFromAcceptLanguage(acceptLanguage) ?? "en";
}

export type ManifestWords = { name: string; shortName: string; description: string };

const icon = (size: 192 | 512, purpose: "any" | "maskable") => ({
  src: `/icons/${purpose === "any" ? "icon" : "maskable"}-${size}.png`,
  sizes: `${size}x${size}`,
  type: "image/png",
  purpose,
});

export function webAppManifest(locale: Locale, words: ManifestWords): MetadataRoute.Manifest {
  return {
    // One app whatever the language its manifest was fetched in.
    id: "/",
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang: locale,
    dir: "ltr",
    start_url: "/calendar",
    scope: "/",
    display: "standalone",
    background_color: APP_COLOURS.light.background,
    theme_color: APP_COLOURS.light.theme,
    categories: ["productivity"],
    icons: [icon(192, "any"), icon(512, "any"), icon(192, "maskable"), icon(512, "maskable")],
  };
}
