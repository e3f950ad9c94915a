import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { PEER_ADDRESS_HEADER } from "./client-ip";
import { admitLogIn, isLogInRequest } from "./log-in-admission";

/** Answers a request itself (true) or leaves it to Next.js (false): direct-api.ts's serveApiDirectly. */
type ApiServer = (request: IncomingMessage, response: ServerResponse) => boolean;

let firstResponseSettled = false;
let settleFirstResponse: () => void = () => undefined;

/** Resolves once the server has finished (or given up on) its first response. */
export const firstResponseDone = new Promise<void>((resolve) => {
  settleFirstResponse = () => {
    firstResponseSettled = true;
    resolve();
  };
});

/**
 * What our server does with each request before Next.js sees it, hooked into
 * the "request" event of Node's HTTP servers, which `next start` and the
 * standalone server.js both create; installed once, at start-up.
 *
 * 1. Next.js gives route handlers no way to the TCP peer's address (and its own
 *    X-Forwarded-For only fills in the peer when the client sent none, so a
 *    client can forge it). The peer's address goes into our own header,
 *    replacing any value the client sent, so that clientIpFrom() can tell the
 *    client from what it claims.
 * 2. In production, the API is answered right here (direct-api.ts).
 * 3. Log-in requests reach Next a few at a time (log-in-admission.ts).
 * 4. The first response settling resolves `firstResponseDone`.
 */
export function installHttpHooks({ serveApi }: { serveApi: ApiServer | null }) {
  // Taken off the prototype to be called with each server as `this` below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithHooks(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
      const response = args[1] as ServerResponse;
      if (!firstResponseSettled) response.once("close", settleFirstResponse);
      if (serveApi?.(request, response)) return true;
      if (isLogInRequest(request)) {
        admitLogIn(request, response, () => void Reflect.apply(emit, this, [event, ...args]));
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
