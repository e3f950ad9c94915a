import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { API_TYPES_FILE, generateApiTypes } from "./api-types";

// `pnpm --filter @planner/api api:types`: writes the OpenAPI document's types for
// the generated-client test. Run it whenever the REST API changes (the test fails until then).
await writeFile(API_TYPES_FILE, await generateApiTypes());
console.log(`wrote ${fileURLToPath(API_TYPES_FILE)}`);
