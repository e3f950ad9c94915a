"use client";

import { useSyncExternalStore } from "react";

export type TimeZoneGroup = { region: string; zones: string[] };

let browserZones: string[] | undefined;

/** Every zone this browser knows (Intl), plus UTC. */
function supportedZones(): string[] {
  browserZones ??= [...new Set([...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []), "UTC"])];
  return browserZones;
}

const subscribe = () => () => {};

/**
 * The zones to choose from, grouped by region ("America", "Europe", …). The
 * server's list can differ from the browser's, so until hydration only the
 * current zone is offered: the first render is the same on both sides.
 */
export function useTimeZoneGroups(current: string): TimeZoneGroup[] {
  const zones = useSyncExternalStore(subscribe, supportedZones, () => null);
  return groupZones([...new Set([...(zones ?? []), current])]);
}

export function groupZones(zones: string[]): TimeZoneGroup[] {
  const groups = new Map<string, string[]>();
  for (const zone of [...zones].sort((a, b) => a.localeCompare(b))) {
    const region = zone.includes("/") ? zone.slice(0, zone.indexOf("/")) : "Other";
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups].map(([region, list]) => ({ region, zones: list }));
}

/** "America/Argentina/Buenos_Aires" → "Argentina / Buenos Aires" inside its group. */
export function zoneLabel(zone: string): string {
  const parts = zone.split("/");
  return (parts.length > 1 ? parts.slice(1) : parts).join(" / ").replaceAll("_", " ");
}
