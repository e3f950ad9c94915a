import type { IncomingMessage, ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import pLimit from "p-limit";

/**
 * Log-in requests are let into Next.js a few at a time (installed by
 * http-hooks.ts). A log-in is two requests, the CSRF token and the credentials
 * callback, about 6 and 15 ms of the server's one JavaScript thread (Next's
 * routing, next-auth, the database statements) besides its bcrypt hash on the
 * thread pool. When 20 people log in at once, all 40 requests used to share
 * that thread with everything else: a health check sent just after them waited
 * for most of their work, 130–300 ms on a quiet machine (pnpm bench:login;
 * the slowest checks were those sent at the start of the burst). Waiting here
 * costs nothing, and log-ins are no slower for it: their hashes already run at
 * most (cores − 1) at a time (@planner/db's passwords.ts), so one request per
 * core keeps the hashing busy while other requests share the thread with only
 * that many log-in requests.
 */
const LOG_IN_PATHS: ReadonlySet<string> = new Set(["/api/auth/csrf", "/api/auth/callback/credentials"]);

const admitted = pLimit(availableParallelism());

export function isLogInRequest(request: Pick<IncomingMessage, "url">): boolean {
  return LOG_IN_PATHS.has((request.url ?? "").split("?", 1)[0]!);
}

/**
 * Calls `serve` (which hands the request to Next) once fewer than the limit
 * are being answered; the place is free again when the response closes
 * (answered, or the connection dropped).
 */
export function admitLogIn(request: IncomingMessage, response: ServerResponse, serve: () => void): void {
  void admitted(
    () =>
      new Promise<void>((done) => {
        // The client gave up while it waited: nothing to answer.
        if (request.socket.destroyed) return done();
        response.once("close", done);
        serve();
      }),
  );
}

/** How many log-in requests are being answered and how many wait (tests). */
export function logInAdmission(): { active: number; waiting: number } {
  return { active: admitted.activeCount, waiting: admitted.pendingCount };
}
