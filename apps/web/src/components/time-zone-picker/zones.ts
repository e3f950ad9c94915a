import { getTimeZones, type TimeZone } from "@vvo/tzdb";
import { cityOf, formatOffset } from "./zone-label";

// The list every time-zone picker offers. Intl.supportedValuesOf("timeZone")
// still answers old spellings (Asia/Calcutta, Asia/Saigon, Europe/Kiev) in
// Node 20 and Chromium, and lists every IANA zone separately (400+). @vvo/tzdb,
// rebuilt from each IANA release, gives one entry per clock in use, named by its
// current IANA name, with every other name (old spellings too) in `group`: so a
// zone a user saved years ago still finds its entry, and the picker offers
// only current names. Offsets and the localized names come from this runtime's
// Intl, so they agree with the rest of the calendar.

export type ZoneEntry = {
  /** The current IANA name: what is saved. */
  id: string;
  /** "Seoul": the city of the IANA name. Intl has no localized city names (CLDR's exemplar cities are not exposed). */
  city: string;
  /** "(UTC+09:00)" now, daylight saving included. */
  offset: string;
  offsetMinutes: number;
  /** Localized by Intl: "한국 표준시 · 대한민국". */
  detail: string;
  /**
   * The IANA region, the name's first part ("Asia", "America", "Pacific"; "" for
   * UTC): where the zone is, where a country's continent would put Vladivostok in
   * Europe. Named by the messages (tzdb's translated continents come from
   * Intl.DisplayNames for UN codes, which Chromium answers with "150").
   */
  region: string;
  /** Everything a person may type: names old and new, cities, country, zone name. */
  searchText: string;
  /** Every IANA name of this clock, current or old. */
  aliases: string[];
};

export type ZoneGroup = { region: string; zones: ZoneEntry[] };

const cache = new Map<string, ZoneEntry[]>();

/** The picker's entries in this language, one per clock in use, plus UTC. */
export function zoneEntries(locale: string): ZoneEntry[] {
  let entries = cache.get(locale);
  if (!entries) {
    entries = getTimeZones({ locale, includeUtc: true }).map(toEntry);
    cache.set(locale, entries);
  }
  return entries;
}

function toEntry(zone: TimeZone): ZoneEntry {
  const isUtc = zone.name === "Etc/UTC";
  const city = isUtc ? "UTC" : cityOf(zone.name);
  const detail = isUtc ? "" : [zone.alternativeName, zone.countryName].filter(Boolean).join(" · ");
  return {
    id: zone.name,
    city,
    offset: formatOffset(zone.currentTimeOffsetInMinutes),
    offsetMinutes: zone.currentTimeOffsetInMinutes,
    detail,
    region: isUtc ? "" : (zone.name.split("/")[0] ?? ""),
    aliases: zone.group,
    searchText: normalize([city, detail, ...zone.mainCities, ...zone.group, formatOffset(zone.currentTimeOffsetInMinutes)].join(" ")),
  };
}

/** The entry of a saved zone under any of its names ("Asia/Calcutta" → Asia/Kolkata's). */
export function findZone(entries: ZoneEntry[], zone: string): ZoneEntry | undefined {
  return entries.find((entry) => entry.id === zone) ?? entries.find((entry) => entry.aliases.includes(zone));
}

/** The current name of a zone, for values the browser reports in an old spelling. */
export function canonicalZone(zone: string, entries: ZoneEntry[] = zoneEntries("en")): string {
  return findZone(entries, zone)?.id ?? zone;
}

function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replaceAll("_", " ");
}

/** Entries matching every word of the query, in any field people type ("seoul", "서울" via 대한민국, "+09", "calcutta"). */
export function searchZones(entries: ZoneEntry[], query: string): ZoneEntry[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => words.every((word) => entry.searchText.includes(word)));
}

/**
 * Grouped by region (alphabetical in the page's language, UTC last), each by
 * offset then city; the browser's zone first in a group of its own.
 */
export function groupZones(
  entries: ZoneEntry[],
  options: { locale: string; browserZone?: string; browserLabel: string; regionName: (code: string) => string },
): ZoneGroup[] {
  const browser = options.browserZone ? findZone(entries, options.browserZone) : undefined;
  const byRegion = new Map<string, ZoneEntry[]>();
  for (const entry of entries) {
    const region = options.regionName(entry.region);
    byRegion.set(region, [...(byRegion.get(region) ?? []), entry]);
  }
  const collator = new Intl.Collator(options.locale);
  const other = options.regionName("");
  const regions = [...byRegion.keys()].sort((a, b) => (a === other ? 1 : b === other ? -1 : collator.compare(a, b)));
  const groups = regions.map((region) => ({
    region,
    zones: (byRegion.get(region) ?? []).sort((a, b) => a.offsetMinutes - b.offsetMinutes || collator.compare(a.city, b.city)),
  }));
  return browser && entries.includes(browser) ? [{ region: options.browserLabel, zones: [browser] }, ...groups] : groups;
}
