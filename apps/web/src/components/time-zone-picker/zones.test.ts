import { describe, expect, it } from "vitest";
import { browserZone } from "./browser-zone";
import { TIME_ZONE_REGIONS } from "./time-zone-regions";
import { formatOffset } from "./zone-label";
import { canonicalZone, findZone, groupZones, searchZones, zoneEntries } from "./zones";

const en = zoneEntries("en");
const ko = zoneEntries("ko");
const labels = { browserLabel: "This device", regionName: (region: string) => region || "Other" };

describe("the time-zone list", () => {
  it("offers current IANA names only, once each", () => {
    const ids = en.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const old of ["Asia/Calcutta", "Asia/Saigon", "Europe/Kiev", "Asia/Rangoon", "America/Buenos_Aires", "Asia/Katmandu"]) expect(ids).not.toContain(old);
    expect(ids).toEqual(expect.arrayContaining(["Asia/Seoul", "Asia/Kolkata", "Asia/Ho_Chi_Minh", "Europe/Kyiv", "America/New_York", "Etc/UTC"]));
    expect(ids.length).toBeLessThan(400);
  });

  it("finds the entry of a zone saved under an old name", () => {
    expect(findZone(en, "Asia/Calcutta")?.id).toBe("Asia/Kolkata");
    expect(canonicalZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(canonicalZone("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
    expect(canonicalZone("Asia/Seoul")).toBe("Asia/Seoul");
    expect(canonicalZone("Not/AZone")).toBe("Not/AZone");
  });

  it("labels each with its offset and city, and Intl's names in the page's language", () => {
    const seoul = findZone(en, "Asia/Seoul");
    expect(`${seoul?.offset} ${seoul?.city}`).toBe("(UTC+09:00) Seoul");
    expect(findZone(ko, "Asia/Seoul")?.detail).toBe("한국 표준시 · 대한민국");
    expect(findZone(ko, "Asia/Seoul")?.region).toBe("Asia");
    expect(findZone(en, "Asia/Vladivostok")?.region).toBe("Asia");
    expect(findZone(en, "UTC")?.region).toBe("");
    expect(formatOffset(-210)).toBe("(UTC-03:30)");
    expect(formatOffset(345)).toBe("(UTC+05:45)");
    expect(formatOffset(0)).toBe("(UTC+00:00)");
  });

  it("searches cities, countries, old names and offsets in either language", () => {
    expect(searchZones(en, "seoul").map((entry) => entry.id)).toEqual(["Asia/Seoul"]);
    expect(searchZones(en, "calcutta").map((entry) => entry.id)).toEqual(["Asia/Kolkata"]);
    expect(searchZones(en, "new york").map((entry) => entry.id)).toContain("America/New_York");
    expect(searchZones(ko, "대한민국").map((entry) => entry.id)).toEqual(["Asia/Seoul"]);
    expect(searchZones(en, "+09:00").length).toBeGreaterThan(1);
    expect(searchZones(en, "zzzz")).toEqual([]);
  });

  it("names every region the picker has a message for", () => {
    expect([...new Set(en.map((entry) => entry.region))].sort()).toEqual(["", ...TIME_ZONE_REGIONS].sort());
  });

  it("groups by region, the browser's zone first, UTC last", () => {
    const groups = groupZones(en, { locale: "en", browserZone: "Asia/Calcutta", ...labels });
    expect(groups[0]).toEqual({ region: "This device", zones: [findZone(en, "Asia/Kolkata")] });
    expect(groups.at(-1)?.region).toBe("Other");
    expect(groups.map((group) => group.region)).toContain("Asia");
    const asia = groups.find((group) => group.region === "Asia")?.zones ?? [];
    expect(asia.map((zone) => zone.offsetMinutes)).toEqual([...asia.map((zone) => zone.offsetMinutes)].sort((a, b) => a - b));
    expect(groupZones(en, { locale: "en", ...labels })[0]?.region).not.toBe("This device");
  });

  it("gives the browser's zone under its current name", async () => {
    const zone = await browserZone();
    expect(zone === "UTC" || zone === canonicalZone(zone ?? "")).toBe(true);
  });
});
