// AUTH_SECRET signs session cookies (and, in @planner/api, seals two-step
// secrets), so one function resolves it for both: the environment's, or in
// development one made once under .data/ (see @planner/api's auth-secret.ts).
// webSettings still validates it at start-up.
export { authSecret } from "@planner/api/settings-kit";
