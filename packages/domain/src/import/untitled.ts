import type { Locale } from "../user/locale";

/** The title an event without one is imported with (a schedule needs one), in the language the page asked in. */
export const UNTITLED_EVENT_TITLES: Record<Locale, string> = { en: "(No title)", ko: "(제목 없음)" };
