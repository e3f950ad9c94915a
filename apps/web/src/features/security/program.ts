// Apart from device.ts, which carries the user-agent parser (bowser) and is
// loaded after the page: naming a program needs none of it.

const PROGRAM_MAX = 40;

/**
 * What a program that logged in through the API calls itself: the first
 * product of its user agent ("curl/8.5.0", "python-requests/2.32.3"), cut
 * short; null when it sent none.
 */
export function programOf(userAgent: string | null): string | null {
  const first = userAgent?.trim().split(/\s+/)[0];
  if (!first) return null;
  return first.length > PROGRAM_MAX ? `${first.slice(0, PROGRAM_MAX - 1)}…` : first;
}
