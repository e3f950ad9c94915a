export * from "./errors";
export * from "./user/role";
export * from "./user/rules";
export * from "./auth/schemas";
export * from "./auth/rate-limit";
export * from "./shared/pagination";
export * from "./todo/schemas";
export * from "./todo/policies";
