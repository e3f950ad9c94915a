import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REST_PATH, STRICT_TRANSPORT_SECURITY, TRPC_PATH, apiSecurityHeaders, fixedSecurityHeaders } from "./src/server/security-headers";

const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");

const nextConfig: NextConfig = {
  output: "standalone",
  // A second build folder lets two builds (say, two e2e runs) work side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The monorepo root, so the standalone build traces workspace packages.
  outputFileTracingRoot: repoRoot,
  transpilePackages: ["@planner/api", "@planner/db", "@planner/domain"],
  // Imports from the domain's barrel (index.ts) are rewritten to the one module
  // each name comes from: `pnpm dev` then compiles only those, not the whole
  // domain (rrule, ical.js and every schema) for each page: /login in dev went
  // from 2638 modules to 2298.
  experimental: { optimizePackageImports: ["@planner/domain"] },
  // The server entry is in packages/api; web depends on these only so that Node finds
  // them from the build at run time (serverExternalPackages are not bundled).
  // Native addons and WASM engines are loaded by Node at run time, not bundled.
  // (@prisma/client is on Next's own list of such packages; Turbopack, in `pnpm dev`,
  // resolves it from this package, hence web's dependency on it.)
  serverExternalPackages: [
    "bcrypt",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "@prisma/schema-engine-wasm",
    "pg",
    // Its zod-4 detection fails once bundled (STACK.md); it only generates /api/openapi.json.
    "trpc-to-openapi",
    // The docs page serves two of its files from disk (src/server/api-docs/assets.ts):
    // kept external so that the package's own directory is where it finds them.
    "swagger-ui-dist",
    // Plain Node.js packages that `pnpm dev` would otherwise compile for each server
    // layer (zod's locales alone are ~470 kB a layer) before its first page.
    "zod",
    "nodemailer",
    // Reads each zone's VTIMEZONE from its own zones/ directory on disk (calendar feed, .ics downloads).
    "@touch4it/ical-timezones",
  ],
  // The schema engine's .wasm is read from disk at run time: the trace cannot see it.
  outputFileTracingIncludes: {
    "/**": ["../../node_modules/.pnpm/@prisma+schema-engine-wasm@*/node_modules/@prisma/schema-engine-wasm/*.wasm"],
    // Read from disk by the docs page's file route, which the trace cannot see either.
    "/api/docs/[asset]": [
      "../../node_modules/.pnpm/swagger-ui-dist@*/node_modules/swagger-ui-dist/{swagger-ui-bundle.js,swagger-ui.css,index.css}",
    ],
    // The zone files are found by name at run time, which the trace cannot follow.
    "/api/calendar/[file]": ["../../node_modules/.pnpm/@touch4it+ical-timezones@*/node_modules/@touch4it/ical-timezones/zones/**"],
    "/api/schedules/[id]/ics": ["../../node_modules/.pnpm/@touch4it+ical-timezones@*/node_modules/@touch4it/ical-timezones/zones/**"],
  },
  poweredByHeader: false,
  // Security headers that are the same on every response, static files included (the
  // middleware does not run for those). The per-request ones (the CSP with its nonce,
  // no-store on the API, HSTS on pages) come from src/middleware.ts.
  headers() {
    const all = "/:path*";
    return Promise.resolve([
      { source: all, headers: Object.entries(fixedSecurityHeaders).map(([key, value]) => ({ key, value })) },
      // The tRPC and REST endpoints skip the middleware (see the matcher in src/middleware.ts).
      { source: `${TRPC_PATH}/:path*`, headers: Object.entries(apiSecurityHeaders).map(([key, value]) => ({ key, value })) },
      { source: `${REST_PATH}/:path*`, headers: Object.entries(apiSecurityHeaders).map(([key, value]) => ({ key, value })) },
      // Static files behind a TLS proxy: `next start` itself never speaks TLS.
      {
        source: all,
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ]);
  },
  // `pnpm lint` and `pnpm typecheck` cover the whole workspace; no second pass here.
  eslint: { ignoreDuringBuilds: true },
  typedRoutes: false,
  webpack(config: { optimization?: { splitChunks?: false | { minSize?: number } } }, { isServer, dev }: { isServer: boolean; dev: boolean }) {
    // Next moves modules that several pages and layouts share into a chunk of
    // their own only when those come to 20 kB; below that each entry gets its
    // own copy (the log-in page and its layout each carried next-intl's client,
    // the app layout and its pages tRPC's hooks). 5 kB shares them instead:
    // ~10 kB less on the calendar, 3 kB less on the log-in page.
    const splitChunks = config.optimization?.splitChunks;
    if (!isServer && !dev && splitChunks) splitChunks.minSize = 5000;
    return config;
  },
};

// Finds src/i18n/request.ts: the language of each request (no locale in the URL).
// The message files are compiled at build time (experimental in next-intl 4): the
// browser then formats them without the ICU parser, 5-10 kB gzipped off each page
// with translated client components. next-intl 4 does this for webpack only before
// Next 16, so `next dev --turbopack` keeps the plain files (and the parser).
const precompileMessages = !process.env.TURBOPACK;
const withIntl = createNextIntlPlugin(
  precompileMessages ? { experimental: { messages: { path: "./messages", format: "json", locales: ["en", "ko"], precompile: true } } } : {},
)(nextConfig);

// The service worker (src/app/sw.ts, written to public/sw.js: a build output) is
// built by `next build` only: Serwist is not even loaded for `next dev`, which
// then starts as fast as before and runs without a worker (Serwist's own advice
// is `disable` in development; not loading it at all is the same, for free).
export default async function config(phase: string): Promise<NextConfig> {
  if (phase !== PHASE_PRODUCTION_BUILD) return withIntl;
  const { default: withSerwistInit } = await import("@serwist/next");
  const withSerwist = withSerwistInit({
    swSrc: "src/app/sw.ts",
    swDest: "public/sw.js",
    // The page shown offline for a page not kept; a new copy with every build.
    additionalPrecacheEntries: [{ url: "/~offline", revision: randomUUID() }],
    // Serwist's own exclusions; Next's polyfills for browsers without modules (a
    // browser with service workers never loads them); and what no page offline
    // needs: the API routes' and the manifest's empty client chunks, admin pages.
    exclude: [/\.map$/, /^manifest.*\.js$/, /\/polyfills-[^/]*\.js$/, /\/app\/api\//, /\/app\/manifest\.webmanifest\//, /\/app\/\(app\)\/admin\//],
    // Reading offline is the point: back online, the page refetches its data
    // (trpc/react.tsx) instead of reloading over what the person typed.
    reloadOnOnline: false,
    // Registered by features/connection/register-worker.ts, which a browser refusing workers does not break.
    register: false,
  })(withIntl);
  return withoutSerwistWindowEntry(withSerwist);
}

type WebpackEntries = Record<string, string | string[]>;
type WebpackHook = (config: { entry: () => Promise<WebpackEntries> }, options: unknown) => { entry: () => Promise<WebpackEntries> };

/**
 * @serwist/next adds its window script (sw-entry.mjs, with @serwist/window) to
 * every page's main entry even with `register: false`, where all it does is
 * build a `window.serwist` object nothing here reads. Our own registration
 * (features/connection/register-worker.ts) needs none of it: dropped, it is
 * ~9 kB gzipped off every page, the framework floor included.
 */
function withoutSerwistWindowEntry(config: NextConfig): NextConfig {
  const serwistWebpack = config.webpack as unknown as WebpackHook;
  const isSerwistWindowScript = (file: string) => file.replaceAll("\\", "/").endsWith("@serwist/next/dist/sw-entry.mjs");
  const webpack: WebpackHook = (webpackConfig, options) => {
    const result = serwistWebpack(webpackConfig, options);
    const entry = result.entry;
    result.entry = async () => {
      const entries = await entry();
      for (const [name, files] of Object.entries(entries)) {
        if (Array.isArray(files)) entries[name] = files.filter((file) => !isSerwistWindowScript(file));
      }
      return entries;
    };
    return result;
  };
  return { ...config, webpack };
}
