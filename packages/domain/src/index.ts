export * from "./errors";
export * from "./user/role";
export * from "./user/rules";
export * from "./auth/schemas";
export * from "./auth/rate-limit";
