import { describe, expect, it, vi } from "vitest";
import { fakeNotices } from "~/test-support/fakes";
import { handleLanguageChange, type LanguageEffects } from "./events";

function setUp(saveToAccount?: LanguageEffects["saveToAccount"]) {
  const effects = { saveToAccount, remember: vi.fn(), refresh: vi.fn(), notices: fakeNotices() };
  return effects;
}

describe("handleLanguageChange", () => {
  it("before log-in, remembers the language in the browser and renders the page again", async () => {
    const effects = setUp();
    await handleLanguageChange("ko", effects);
    expect(effects.remember).toHaveBeenCalledWith("ko");
    expect(effects.refresh).toHaveBeenCalled();
  });

  it("logged in, saves it to the account first", async () => {
    const effects = setUp(vi.fn(() => Promise.resolve({ locale: "en" })));
    await handleLanguageChange("en", effects);
    expect(effects.saveToAccount).toHaveBeenCalledWith("en");
    expect(effects.remember).toHaveBeenCalledWith("en");
  });

  it("keeps the page as it is when the account could not be saved", async () => {
    const effects = setUp(vi.fn(() => Promise.reject(new Error("offline"))));
    await handleLanguageChange("ko", effects);
    expect(effects.remember).not.toHaveBeenCalled();
    expect(effects.notices.error).toHaveBeenCalledWith("The server could not be reached. Check your connection and try again.");
  });
});
