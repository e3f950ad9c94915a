// Each calendar on screen has its own colour: the owner's own in the brand
// colour, every shared calendar one of these (the same one for the same owner
// on every visit). globals.css defines the .schedule-tone-* classes.

const SHARED_TONES = ["emerald", "amber", "violet", "rose", "cyan", "orange"] as const;
type OwnerTone = "brand" | (typeof SHARED_TONES)[number];

export function toneOf(ownerId: string, ownCalendarOwnerId: string): OwnerTone {
  if (ownerId === ownCalendarOwnerId) return "brand";
  let hash = 0;
  for (const char of ownerId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return SHARED_TONES[hash % SHARED_TONES.length]!;
}
