import { webSettings } from "~/settings";

/**
 * The header our server sets on every request from the TCP peer's address
 * (src/server/http-hooks.ts), overwriting whatever a client sent in it.
 */
export const PEER_ADDRESS_HEADER = "x-planner-peer-address";

/**
 * The client's address for rate limits and the list of sessions. With
 * TRUSTED_PROXY_HOPS=0 (the default) it is the TCP peer: X-Forwarded-For is
 * the client's own say and is ignored. With N proxies in front, the last N
 * entries of X-Forwarded-For were written by them, and the one before the
 * nearest is the client (each proxy appends the address it saw).
 */
export function clientIpFor(peer: string | null, forwardedFor: string | null, trustedHops: number): string | null {
  if (trustedHops === 0) return peer;
  const chain = [...(forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean), ...(peer ? [peer] : [])];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? null;
}

export function clientIpFrom(headers: Headers): string | null {
  return clientIpFor(headers.get(PEER_ADDRESS_HEADER), headers.get("x-forwarded-for"), webSettings().TRUSTED_PROXY_HOPS);
}
