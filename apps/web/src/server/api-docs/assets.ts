import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
// swagger-ui-dist is external (next.config.ts), so this is its file in node_modules and
// the directory it returns holds the package's files (traced into the standalone build).
import swaggerUiDirectory from "swagger-ui-dist/absolute-path.js";
import { SWAGGER_INIT_SCRIPT } from "./swagger-init";

export type DocsAsset = { body: string; contentType: string; etag: string };

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

/** The files the docs page loads, by name under /api/docs/: two of Swagger UI's and our start-up script. */
const sources: Record<string, { contentType: string; read: () => string }> = {
  "swagger-ui-bundle.js": { contentType: JS, read: () => fromPackage("swagger-ui-bundle.js") },
  "swagger-ui.css": { contentType: CSS, read: () => fromPackage("swagger-ui.css") },
  // The page's own small stylesheet from the package (no margin on body, the grey background).
  "index.css": { contentType: CSS, read: () => fromPackage("index.css") },
  "init.js": { contentType: JS, read: () => SWAGGER_INIT_SCRIPT },
};

function fromPackage(file: string): string {
  // Swagger UI's bundle ends by naming its source map, which we do not serve.
  return readFileSync(path.join(swaggerUiDirectory(), file), "utf8").replace(/\n\/[*/]# sourceMappingURL=.*$/m, "");
}

const loaded = new Map<string, DocsAsset>();

/** One of the docs page's files, read once per process; null for any other name. */
export function docsAsset(name: string): DocsAsset | null {
  const source = Object.hasOwn(sources, name) ? sources[name] : undefined;
  if (!source) return null;
  let asset = loaded.get(name);
  if (!asset) {
    const body = source.read();
    asset = { body, contentType: source.contentType, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` };
    loaded.set(name, asset);
  }
  return asset;
}
