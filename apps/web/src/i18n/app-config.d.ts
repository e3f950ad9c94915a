import type { Locale } from "@planner/domain";
import type en from "../../messages/en.json";

// Typed message keys and locales for useTranslations / getTranslations.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
