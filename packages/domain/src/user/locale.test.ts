import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, negotiateLocale } from "./locale";

describe("negotiateLocale", () => {
  it("takes the account's setting over the cookie and the browser", () => {
    expect(negotiateLocale({ account: "en", cookie: "ko", acceptLanguage: "ko-KR" })).toBe("en");
  });
  it("takes the cookie over Accept-Language, and ignores an unknown cookie", () => {
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "ko-KR,ko;q=0.9" })).toBe("en");
    expect(negotiateLocale({ cookie: "fr", acceptLanguage: "ko-KR,ko;q=0.9" })).toBe("ko");
  });
  it("falls back to English", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "fr-FR,de;q=0.5" })).toBe("en");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("follows the q weights, not the order", () => {
    expect(localeFromAcceptLanguage("fr;q=0.9, en;q=0.5, ko-KR;q=0.8")).toBe("ko");
    expect(localeFromAcceptLanguage("ko;q=0, en")).toBe("en");
    expect(localeFromAcceptLanguage("*")).toBeUndefined();
  });
});
