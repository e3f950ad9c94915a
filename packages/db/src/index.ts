export { resolveDatabaseConfig, findRepoRoot, type DatabaseConfig } from "./config";
export { openDatabase, type Database, type DatabaseSource, type OpenOptions } from "./database";
export { getDatabase } from "./app-database";
export { hashPassword, verifyPassword, bcryptCost } from "./passwords";
export { uniqueViolationFields } from "./prisma-errors";
export { seedDemoData, DEMO_ACCOUNTS } from "./seed";
export type { PublicUser, UserCredentials, NewUser } from "./repositories/user-repository";
export type { RateLimitWindow } from "./repositories/rate-limit-repository";
export type { Todo, TodoWithOwner, TodoCounts } from "./repositories/todo-repository";
