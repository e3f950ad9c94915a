import { getVtimezoneComponent } from "@touch4it/ical-timezones";

/**
 * The VTIMEZONE of a zone, from @touch4it/ical-timezones. Its files are named
 * by IANA names of their day; a zone renamed since (Europe/Kyiv, once Kiev),
 * or an old spelling ICU still answers (Asia/Saigon for Ho_Chi_Minh), is
 * found through the name ICU gives the same clock: the event is then written
 * under that name, with that name's VTIMEZONE, and means the same wall clock.
 */
export function vtimezoneOf(zone: string): string | null {
  return zone === "UTC" ? null : getVtimezoneComponent(zone);
}

let byCanonical: Map<string, string> | null = null;

/** The name to write a zone's times under: its own, one of the same clock that has a VTIMEZONE, or null for none (then UTC). */
export function writableZoneName(zone: string): string | null {
  if (zone === "UTC" || vtimezoneOf(zone)) return zone;
  const canonical = canonicalName(zone);
  if (!canonical) return null;
  byCanonical ??= knownZonesByCanonicalName();
  return byCanonical.get(canonical) ?? null;
}

function canonicalName(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every zone this runtime knows that has a VTIMEZONE, by ICU's name for its clock (read once, on first need). */
function knownZonesByCanonicalName(): Map<string, string> {
  const known = new Map<string, string>();
  for (const candidate of [...Intl.supportedValuesOf("timeZone"), ...ALSO_TRY]) {
    const canonical = canonicalName(candidate);
    if (canonical && !known.has(canonical) && vtimezoneOf(candidate)) known.set(canonical, candidate);
  }
  return known;
}

/** Current names that ICU files under an older one (so supportedValuesOf lists only the older). */
const ALSO_TRY = ["Asia/Ho_Chi_Minh", "Africa/Asmara", "America/Argentina/Buenos_Aires", "America/Argentina/Catamarca", "America/Argentina/Cordoba", "America/Argentina/Jujuy", "America/Argentina/Mendoza", "America/Atikokan", "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "Atlantic/Faroe", "Pacific/Pohnpei", "Pacific/Chuuk"];
