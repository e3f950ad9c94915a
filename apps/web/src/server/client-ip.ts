/**
 * The client's address as the nearest proxy reports it. Behind a load balancer
 * that sets X-Forwarded-For this is the real client; without one the header
 * can be forged, which only weakens the per-IP limit: the per-account limit
 * does not depend on it.
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}
