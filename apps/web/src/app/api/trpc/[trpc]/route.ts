import { trpcHandler } from "~/server/api-handlers";

// In production the same handler usually answers before Next routes here (server/direct-api.ts).
// Other methods get the handler's 405 (with Allow) rather than Next's empty one.
export { trpcHandler as GET, trpcHandler as POST, trpcHandler as OPTIONS, trpcHandler as PUT, trpcHandler as PATCH, trpcHandler as DELETE };
