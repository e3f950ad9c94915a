import { startServerProcess } from "@planner/api/server";
import { recordPeerAddresses } from "./server/peer-address";
import { validateSignInProviderSettings } from "./server/sign-in-providers/configs";
import { webSettings } from "./settings";

// Every setting is checked before the server takes requests (one line and exit
// 1 on a bad one); the reminder worker then starts inside the web server unless
// REMINDER_WORKER=off (`pnpm worker` runs it as its own process). Requests then
// carry their TCP peer's address for the rate limits.
startServerProcess(webSettings, validateSignInProviderSettings);
recordPeerAddresses();
