/**
 * Whose calendar the screen shows and through which procedures: the viewer's
 * own (with the calendars shared with them), or, for admins, any one user's.
 */
export type CalendarSource = { kind: "own"; viewerId: string } | { kind: "admin"; ownerId: string };

export function ownerIdOf(source: CalendarSource): string {
  return source.kind === "own" ? source.viewerId : source.ownerId;
}
