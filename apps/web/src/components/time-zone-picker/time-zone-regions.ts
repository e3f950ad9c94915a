/** The IANA regions (a zone name's first part) the picker names: messages timeZonePicker.regions.<region>. */
export const TIME_ZONE_REGIONS = ["Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"] as const;
export type TimeZoneRegion = (typeof TIME_ZONE_REGIONS)[number];
