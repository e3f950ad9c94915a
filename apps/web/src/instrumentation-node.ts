import { startServerProcess } from "@planner/api/server";
import { installHttpHooks } from "./server/http-hooks";
import { validateSignInProviderSettings } from "./server/sign-in-providers/configs";
import { webSettings } from "./settings";

// Every setting is checked before the server takes requests (one line and exit
// 1 on a bad one); the reminder worker then starts inside the web server unless
// REMINDER_WORKER=off (`pnpm worker` runs it as its own process). Requests then
// carry their TCP peer's address for the rate limits, and in production the API
// is answered before Next routes it (server/direct-api.ts); in development
// Next's route files answer it, so that changes to the API reload.
startServerProcess(webSettings, validateSignInProviderSettings);
installHttpHooks({ serveApi: webSettings().NODE_ENV === "production" });
