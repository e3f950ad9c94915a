// What the closed picker shows ("(UTC+09:00) Seoul"), from Intl alone: the
// zone list (@vvo/tzdb, ~17 kB gzipped) is loaded only when someone reaches
// for the picker (use-zone-entries.ts), not with every page that shows one.

/** "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function cityOf(zone: string): string {
  return (zone.split("/").at(-1) ?? zone).replaceAll("_", " ");
}

/** 540 → "(UTC+09:00)", -210 → "(UTC-03:30)". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, "0");
  const rest = String(abs % 60).padStart(2, "0");
  return `(UTC${sign}${hours}:${rest})`;
}

/** The zone's offset from UTC in minutes at `at` ("GMT+05:30" → 330), or undefined for a name Intl does not know. */
export function offsetMinutesAt(zone: string, at: Date): number | undefined {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(at).find((part) => part.type === "timeZoneName")?.value;
  } catch {
    return undefined;
  }
  if (name === "GMT") return 0;
  const match = name ? /^GMT([+-])(\d{2}):(\d{2})$/.exec(name) : null;
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** "(UTC+09:00) Seoul" for a saved zone, as the list's entry for it reads; "UTC" is itself. */
export function zoneLabel(zone: string, at: Date): string {
  const city = zone === "UTC" || zone === "Etc/UTC" ? "UTC" : cityOf(zone);
  const offset = offsetMinutesAt(zone, at);
  return offset === undefined ? zone : `${formatOffset(offset)} ${city}`;
}
