import { headers } from "next/headers";
import { cache } from "react";
import { accountOfSession } from "@planner/api/pages";
import { sessionFromCookie } from "./session-token";

/**
 * The logged-in account, or null when there is no session or it no longer
 * holds (account deleted, password changed elsewhere). Checked against the
 * database, unlike the cookie alone. Every page asks (the root layout for the
 * theme, i18n/request.ts for the language), so this loads only the session
 * check: not next-auth's handlers or the API's routers (server-caller.ts), which
 * would be compiled into the very first page `pnpm dev` serves.
 */
export const currentAccount = cache(async () => accountOfSession(await sessionFromCookie(await headers())));
