import { trpcHandler } from "~/server/api-handlers";

// In production the same handler usually answers before Next routes here (server/direct-api.ts).
export { trpcHandler as GET, trpcHandler as POST, trpcHandler as OPTIONS };
