// @planner/api/pages: what the pages' server side asks on every visit (the
// visitor's own account: the root layout's theme, the language, the log-in
// page's redirect) without the rest of the API. Through @planner/api/server
// they brought every router, the REST layer and the OpenAPI document into the
// first page `pnpm dev` compiles.
import { getDatabase } from "@planner/db";
import { appClock } from "./clock";
import type { SessionClaims } from "./context";
import { accountOfSession as accountOf, type Me } from "./services/me-service";
import { apiSettings } from "./settings";

export type { Me, SessionClaims };

/** The visitor's account while their log-in cookie's session holds (services/me-service.ts); null otherwise. */
export function accountOfSession(claims: SessionClaims | null): Promise<Me | null> {
  return accountOf(getDatabase, claims, appClock.now());
}

/** Whether the end-to-end test hooks (POST /api/test/clock, the test sign-in providers) are on. */
export function testHooksEnabled(): boolean {
  return apiSettings().PLANNER_TEST_HOOKS;
}
