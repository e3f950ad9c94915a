import { restHandler } from "~/server/api-handlers";

// In production the same handler usually answers before Next routes here (server/direct-api.ts).
export {
  restHandler as GET,
  restHandler as POST,
  restHandler as PATCH,
  restHandler as PUT,
  restHandler as DELETE,
  restHandler as OPTIONS,
};
