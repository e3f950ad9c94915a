// What the admin pages' forms and handlers check input with before they send
// it: the server's own schemas, with zod, loaded on first use (adminSchemas).
export { adminCreateUserInput, changeRoleInput, userIdInput } from "@planner/domain";
