import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "../src/rest/document";

/** Where the typed client of the API's own tests reads its types from (committed; rest-client.db.test.ts checks it is current). */
export const API_TYPES_FILE = new URL("../test/generated/openapi.d.ts", import.meta.url);

const HEADER = `// Generated from openApiDocument() (/api/openapi.json) by \`pnpm --filter @planner/api api:types\`.
// Do not edit: run that again after changing a route, an input or an output.

`;

/** The TypeScript types of /api/openapi.json, as openapi-typescript writes them. */
export async function generateApiTypes(): Promise<string> {
  // The document is plain JSON data; openapi-typescript's own type for it is stricter about extensions.
  const ast = await openapiTS(JSON.parse(JSON.stringify(openApiDocument())) as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
