import { rawTimeZones } from "@vvo/tzdb";
import { ValidationError } from "@planner/domain";

// The forms check a zone with Intl alone (domain's timeZoneSchema), which also
// knows names IANA has retired (US/Pacific-New, SystemV/AST4). PostgreSQL does
// not: it works out each owner's "today" from the saved name (the admin's todo
// lists), and one such name made that query fail for every owner. So what is
// saved must also be a name of IANA's current release, in its current or an old
// spelling (Asia/Kolkata, Asia/Calcutta), as @vvo/tzdb lists them (rebuilt from
// each IANA release), or UTC. Checked here, on the server, so that the list
// (25 kB gzipped) stays out of the forms' scripts.
const SAVABLE_ZONES = new Set(["UTC", "Etc/UTC", ...rawTimeZones.flatMap((zone) => zone.group)]);

const INVALID_ZONE = "Choose a valid time zone.";

/** Every name an account's time zone may be saved under. */
export function savableTimeZones(): string[] {
  return [...SAVABLE_ZONES];
}

/** Whether `zone` may be saved as an account's time zone. */
export function isSavableTimeZone(zone: string): boolean {
  return SAVABLE_ZONES.has(zone);
}

/** Refuses a zone that may not be saved (see above), as the form's own check would. */
export function assertSavableTimeZone(zone: string | undefined): void {
  if (zone !== undefined && !isSavableTimeZone(zone)) throw new ValidationError(INVALID_ZONE, { timeZone: [INVALID_ZONE] });
}
