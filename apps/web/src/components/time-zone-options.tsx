"use client";

import { useSyncExternalStore } from "react";

// The one list of time zones, for every zone picker (the profile form, the
// calendar's toolbar): grouped by region, named without the region.

type TimeZoneGroup = { region: string; zones: string[] };

let browserZones: string[] | undefined;

/** Every zone this browser knows (Intl), plus UTC. */
function supportedZones(): string[] {
  browserZones ??= [...new Set([...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []), "UTC"])];
  return browserZones;
}

const subscribe = () => () => {};

/**
 * The server's list can differ from the browser's (another ICU), so until
 * hydration only the current zone is offered: the first render is the same on
 * both sides. The current zone is kept even where the browser names it otherwise.
 */
function useTimeZoneGroups(current: string): TimeZoneGroup[] {
  const zones = useSyncExternalStore(subscribe, supportedZones, () => null);
  return groupZones([...new Set([...(zones ?? []), current])]);
}

function groupZones(zones: string[]): TimeZoneGroup[] {
  const groups = new Map<string, string[]>();
  for (const zone of [...zones].sort((a, b) => a.localeCompare(b))) {
    const region = zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups].map(([region, list]) => ({ region, zones: list }));
}

/** "America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires" inside its group. */
function zoneLabel(zone: string): string {
  const parts = zone.split("/");
  return (parts.length > 1 ? parts.slice(1) : parts).join(" / ").replaceAll("_", " ");
}

/** The options of a time-zone <select>, `current` among them. */
export function TimeZoneOptions({ current }: { current: string }) {
  return useTimeZoneGroups(current).map((group) => (
    <optgroup key={group.region} label={group.region}>
      {group.zones.map((zone) => (
        <option key={zone} value={zone}>
          {zoneLabel(zone)}
        </option>
      ))}
    </optgroup>
  ));
}
