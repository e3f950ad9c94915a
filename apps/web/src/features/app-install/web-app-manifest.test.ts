import { describe, expect, it } from "vitest";
import { manifestHref, manifestLocale, webAppManifest } from "./web-app-manifest";

describe("the web app manifest", () => {
  it("has what browsers need to install the app: names, icons of 192 and 512, start address, standalone display", () => {
    const manifest = webAppManifest("en", { name: "Planner: calendar and todos", shortName: "Planner", description: "Todos." });
    expect(manifest).toMatchObject({ name: "Planner: calendar and todos", short_name: "Planner", start_url: "/calendar", scope: "/", display: "standalone", lang: "en" });
    const sizes = (manifest.icons ?? []).map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(sizes).toEqual(["192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable"]);
  });

  it("is in the language the page asks for, else the cookie's, else the browser's, else English", () => {
    expect(manifestHref("ko")).toBe("/manifest.webmanifest?lang=ko");
    expect(manifestLocale("ko", "en", "en-US")).toBe("ko");
    expect(manifestLocale(null, "ko", "en-US")).toBe("ko");
    expect(manifestLocale("xx", null, "ko-KR,ko;q=0.9,en;q=0.5")).toBe("ko");
    expect(manifestLocale(null, null, "fr-FR")).toBe("en");
  });
});
