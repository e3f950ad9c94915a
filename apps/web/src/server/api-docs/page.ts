import { API_DOCS_PATH } from "~/server/security-headers";

export type DocsPageText = { locale: string; noScript: string; backToApp: string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The docs page: Swagger UI outside React, from this app's own files only
 * (no CDN), and no inline script (see apiDocsContentSecurityPolicy). A <div>,
 * not <main>: Swagger UI renders its own <main> inside.
 */
export function docsPageHtml({ locale, noScript, backToApp }: DocsPageText): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Planner API</title>
<link rel="stylesheet" href="${API_DOCS_PATH}/swagger-ui.css">
<link rel="stylesheet" href="${API_DOCS_PATH}/index.css">
<script src="${API_DOCS_PATH}/swagger-ui-bundle.js" defer></script>
<script src="${API_DOCS_PATH}/init.js" defer></script>
</head>
<body>
<div id="swagger-ui"></div>
<noscript><p>${escapeHtml(noScript)} <a href="/api/openapi.json">/api/openapi.json</a> · <a href="/">${escapeHtml(backToApp)}</a></p></noscript>
</body>
</html>
`;
}
