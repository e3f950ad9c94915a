"use client";

import { useEffect, useState } from "react";
import type * as Zones from "./zones";

type ZoneList = { entries: Zones.ZoneEntry[]; module: typeof Zones };

/**
 * The picker's zone list, loaded (its own chunk, with @vvo/tzdb) once `wanted`
 * turns true: when the person points at, focuses or opens the picker. Until
 * then the closed picker reads its label from Intl (zone-label.ts).
 */
export function useZoneEntries(locale: string, wanted: boolean): ZoneList | undefined {
  const [list, setList] = useState<ZoneList>();
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void import("./zones").then((module) => {
      if (current) setList({ entries: module.zoneEntries(locale), module });
    });
    return () => {
      current = false;
    };
  }, [wanted, locale]);
  return list;
}
