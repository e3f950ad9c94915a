import { setTimeout as delay } from "node:timers/promises";
import { startServerProcess } from "@planner/api/process";
import { firstResponseDone, installHttpHooks } from "./server/http-hooks";
import { validateSignInProviderSettings } from "./server/sign-in-providers/configs";
import { webSettings } from "./settings";

// Every setting is checked before the server takes requests (one line and exit
// 1 on a bad one); the reminder worker then starts inside the web server unless
// REMINDER_WORKER=off (`pnpm worker` runs it as its own process). Requests
// carry their TCP peer's address for the rate limits.
//
// In production the API is answered before Next routes it (server/direct-api.ts).
// In development Next's route files answer it, so that changes to the API
// reload; the branch is dropped there at build time (NODE_ENV is a literal to
// the bundler), so `pnpm dev` does not compile the whole API before its first page.
//
// In development the database opens once the server has answered its first
// request (in a browser, the first page or its first script), or 15 s after
// start, whichever comes first. The first page is compiled on demand, and
// creating the embedded database runs on this thread (PGlite's WebAssembly):
// about 3 s on a fresh clone that the page would otherwise wait behind. Log-in,
// the first thing that needs the database, comes after that page; a request
// that needs it sooner opens it itself.
// eslint-disable-next-line no-restricted-properties -- a build-time literal, not a setting (settings.ts reads the run-time ones)
if (process.env.NODE_ENV === "production") {
  startServerProcess({ settings: [webSettings, validateSignInProviderSettings] });
  const { serveApiDirectly } = await import("./server/direct-api");
  installHttpHooks({ serveApi: serveApiDirectly });
} else {
  const firstPageOrLater = Promise.race([firstResponseDone, delay(15_000, undefined, { ref: false })]);
  startServerProcess({ settings: [webSettings, validateSignInProviderSettings], openDatabaseWhen: firstPageOrLater });
  installHttpHooks({ serveApi: null });
}
