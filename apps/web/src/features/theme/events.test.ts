import { describe, expect, it, vi } from "vitest";
import { fakeNotices } from "~/test-support/fakes";
import { handleThemeChange, type ThemeEffects } from "./events";

function setUp(saveToAccount?: ThemeEffects["saveToAccount"]) {
  return { saveToAccount, apply: vi.fn(), notices: fakeNotices() };
}

describe("handleThemeChange", () => {
  it("before log-in, shows the theme (the browser keeps it)", async () => {
    const effects = setUp();
    await handleThemeChange("dark", "system", effects);
    expect(effects.apply).toHaveBeenCalledWith("dark");
  });

  it("logged in, shows it at once and saves it to the account", async () => {
    const effects = setUp(vi.fn(() => Promise.resolve({ theme: "light" })));
    await handleThemeChange("light", "dark", effects);
    expect(effects.apply).toHaveBeenCalledExactlyOnceWith("light");
    expect(effects.saveToAccount).toHaveBeenCalledWith("light");
  });

  it("goes back to the theme it had when the account could not be saved", async () => {
    const effects = setUp(vi.fn(() => Promise.reject(new Error("offline"))));
    await handleThemeChange("dark", "light", effects);
    expect(effects.apply.mock.calls).toEqual([["dark"], ["light"]]);
    expect(effects.notices.error).toHaveBeenCalledWith("The server could not be reached. Check your connection and try again.");
  });

  it("does nothing when the theme is the one shown", async () => {
    const effects = setUp(vi.fn(() => Promise.resolve({ theme: "dark" })));
    await handleThemeChange("dark", "dark", effects);
    expect(effects.apply).not.toHaveBeenCalled();
    expect(effects.saveToAccount).not.toHaveBeenCalled();
  });
});
