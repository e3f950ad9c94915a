import { Server, type IncomingMessage } from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-ip";

/**
 * Next.js gives route handlers no way to the TCP peer's address (and its own
 * X-Forwarded-For only fills in the peer when the client sent none, so a
 * client can forge it). Before Next sees a request, this writes the peer's
 * address into our own header, replacing any value the client sent, so that
 * clientIpFrom() can tell the client from what it claims. It wraps the
 * "request" event of Node's HTTP servers, which `next start` and the
 * standalone server.js both create; installed once, at start-up.
 */
export function recordPeerAddresses() {
  // Taken off the prototype to be called with each server as `this` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithPeer(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
