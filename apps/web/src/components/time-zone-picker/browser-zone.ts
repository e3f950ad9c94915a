/**
 * The browser's zone under its current IANA name: Chromium still reports some
 * zones in old spellings (Asia/Calcutta for Asia/Kolkata). The zone list is
 * loaded only when this is called (a sign-up), not with the page.
 */
export async function browserZone(): Promise<string | undefined> {
  let zone: string;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  // "UTC" is a current name too; keep it rather than say "Etc/UTC".
  if (zone === "UTC") return zone;
  const { canonicalZone } = await import("./zones");
  return canonicalZone(zone);
}
