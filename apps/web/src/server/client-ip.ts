import { randomBytes } from "node:crypto";
import { webSettings } from "~/settings";

const holder = globalThis as typeof globalThis & { __plannerPeerAddressHeader?: string };

/**
 * The header our server sets on every request from the TCP peer's address
 * (src/server/http-hooks.ts), overwriting whatever a client sent in it. Its name
 * ends in random characters chosen when the process starts, so no client can
 * send it: a request the server took while it was still starting, before the
 * hooks were in place, has no address rather than one its client chose. On
 * globalThis because Next.js loads this module in more than one bundle of the process.
 */
export const PEER_ADDRESS_HEADER = (holder.__plannerPeerAddressHeader ??= `x-planner-peer-${randomBytes(16).toString("hex")}`);

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
