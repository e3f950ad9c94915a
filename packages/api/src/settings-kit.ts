// @planner/api/settings-kit: what the web app needs to define its own settings,
// without the rest of the API. The middleware imports it (through auth-secret.ts),
// and the middleware bundle must stay free of routers, Prisma and the migration engine.
export { defineSettings, integerSetting, InvalidSettingError } from "@planner/db/settings-kit";
export { findRepoRoot as repoRoot } from "@planner/db/config";
export { authSecret } from "./auth-secret";
