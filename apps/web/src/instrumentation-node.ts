import { startServerProcess } from "@planner/api/process";
import { installHttpHooks } from "./server/http-hooks";
import { validateSignInProviderSettings } from "./server/sign-in-providers/configs";
import { webSettings } from "./settings";

// Every setting is checked before the server takes requests (one line and exit
// 1 on a bad one); the reminder worker then starts inside the web server unless
// REMINDER_WORKER=off (`pnpm worker` runs it as its own process). Requests then
// carry their TCP peer's address for the rate limits.
startServerProcess(webSettings, validateSignInProviderSettings);

// In production the API is answered before Next routes it (server/direct-api.ts).
// In development Next's route files answer it, so that changes to the API
// reload; the branch is dropped there at build time (NODE_ENV is a literal to
// the bundler), so `pnpm dev` does not compile the whole API before its first page.
// eslint-disable-next-line no-restricted-properties -- a build-time literal, not a setting (settings.ts reads the run-time ones)
if (process.env.NODE_ENV === "production") {
  const { serveApiDirectly } = await import("./server/direct-api");
  installHttpHooks({ serveApi: serveApiDirectly });
} else {
  installHttpHooks({ serveApi: null });
}
