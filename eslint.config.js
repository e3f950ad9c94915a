import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import planner from "./tooling/eslint/no-literal-ui-string.js";
import tseslint from "typescript-eslint";

/**
 * The layers of DESIGN.md: which workspace package may import which. Each
 * element may import itself and the ones listed; test/lint/architecture.test.ts
 * lints a fixture that breaks every rule, so a rule cannot silently stop firing.
 */
export const layers = {
  domain: [],
  db: ["domain"],
  api: ["db", "domain"],
  web: ["api", "domain"],
};
const elements = [
  { type: "web", pattern: "apps/web" },
  { type: "api", pattern: "packages/api" },
  { type: "db", pattern: "packages/db" },
  { type: "domain", pattern: "packages/domain" },
];
const layerFolders = { web: "apps/web", api: "packages/api", db: "packages/db", domain: "packages/domain" };
const forbiddenFor = (layer) => Object.keys(layers).filter((to) => to !== layer && !layers[layer].includes(to));
const layerMessage = (layer) =>
  `${layer} may import ${layers[layer].length > 0 ? layers[layer].join(" and ") : "no other workspace package"} (DESIGN.md layers)`;
// boundaries sees every import that resolves (relative paths included)…
const layerPolicies = Object.keys(layers).map((layer) => ({
  from: { element: { type: layer } },
  disallow: { to: { element: { types: { anyOf: forbiddenFor(layer) } } } },
  message: layerMessage(layer),
}));
// …but a package a layer does not depend on does not resolve at all, so its name is banned too.
const prismaBan = { group: ["@prisma/*", "**/generated/prisma/**"], message: "Only packages/db talks to Prisma." };
const importBans = (layer, { prisma, more = [] }) => [
  "error",
  {
    patterns: [
      { group: forbiddenFor(layer).flatMap((to) => [`@planner/${to}`, `@planner/${to}/*`]), message: layerMessage(layer) },
      ...(prisma ? [prismaBan] : []),
      ...more,
    ],
  },
];
const layerImportBans = Object.entries(layerFolders).flatMap(([layer, folder]) => [
  {
    files: [`${folder}/**/*.{ts,tsx,js,mjs}`],
    rules: { "no-restricted-imports": importBans(layer, { prisma: layer !== "db" }) },
  },
  // The api's database tests look at rows through Prisma.
  ...(layer === "api" ? [{ files: [`${folder}/test/**`], rules: { "no-restricted-imports": importBans(layer, { prisma: false }) } }] : []),
]);
// The middleware runs on every page request: what it imports must stay small (no routers,
// Prisma or migration engine), so it and the modules it loads use @planner/api/settings-kit.
const middlewareImports = {
  files: ["apps/web/src/middleware.ts", "apps/web/src/settings.ts", "apps/web/src/server/auth-secret.ts", "apps/web/src/server/auth.config.ts", "apps/web/src/server/security-headers.ts"],
  rules: {
    "no-restricted-imports": importBans("web", {
      prisma: true,
      more: [{ regex: "^@planner/api(/server)?$", message: "The middleware's imports stay light: use @planner/api/settings-kit." }],
    }),
  },
};
// Every page asks who is visiting (the root layout for the theme, the language,
// the log-in page's redirect): these modules load only the session check
// (@planner/api/pages), not next-auth's handlers or the API's routers, which
// would otherwise be compiled into the first page `pnpm dev` serves (bench:dev).
const firstPageImports = {
  files: [
    "apps/web/src/app/layout.tsx",
    "apps/web/src/app/(auth)/layout.tsx",
    "apps/web/src/app/(auth)/login/page.tsx",
    "apps/web/src/i18n/request.ts",
    "apps/web/src/server/current-account.ts",
    "apps/web/src/server/session-token.ts",
    "apps/web/src/server/sign-in-providers/configs.ts",
  ],
  rules: {
    "no-restricted-imports": importBans("web", {
      prisma: true,
      more: [
        {
          regex: "^@planner/api(/server)?$|^~/server/(auth|server-caller)$",
          message: "Every page loads this: use @planner/api/pages (or ~/server/current-account), not the whole API.",
        },
      ],
    }),
  },
};

// Settings are read in one module per package (settings.ts, validated with
// env-core); test set-up, tool configs, scripts and benchmarks read their own.
const settingsModules = ["**/src/settings.ts", "**/src/settings-kit.ts"];
const setUpFiles = [
  "**/*.test.ts",
  "**/test/**",
  "**/src/testing/**",
  "**/e2e/**",
  "**/bench/**",
  "**/scripts/**",
  "*.config.{js,ts}",
  "**/*.config.{js,ts}",
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.next-*/**",
      "**/test-results*/**",
      "**/src/generated/**",
      "**/.data/**",
      "**/playwright-report/**",
      "**/next-env.d.ts",
      // The service worker, built by `next build` from apps/web/src/app/sw.ts.
      "**/public/sw.js",
      "**/public/swe-worker-*.js",
      "test/lint/fixture/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules: each file is checked with the tsconfig.json of its package.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Callbacks typed as properties (`onClosed: () => void`), so passing them around is not an unbound method.
      "@typescript-eslint/method-signature-style": ["error", "property"],
      // React's onSubmit={form.handleSubmit(…)} is the documented react-hook-form pattern; promises elsewhere stay checked.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any` by design.
    files: ["**/*.test.ts", "**/test/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    // Plain JavaScript (configs, scripts) is in no tsconfig: no type information for it.
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["apps/**/*.{ts,tsx}", "packages/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      // Workspace packages have only `exports`: the default node resolver finds none of them.
      "import/resolver": { typescript: { project: ["apps/*/tsconfig.json", "packages/*/tsconfig.json"], noWarnOnMultipleProjects: true } },
      "boundaries/elements": elements,
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "allow", policies: layerPolicies }],
    },
  },
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: [...settingsModules, ...setUpFiles],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through the package's settings.ts (validated, documented in .env.example)." },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    settings: { next: { rootDir: "apps/web" } },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // Every word on screen comes from the message files (issue 10); tests and e2e specs may say what they like.
    files: ["apps/web/src/**/*.tsx"],
    ignores: ["**/*.test.tsx"],
    plugins: { planner },
    rules: { "planner/no-literal-ui-string": ["error", { allow: ["Planner", "·", "@", "—", "…"] }] },
  },
  ...layerImportBans,
  middlewareImports,
  firstPageImports,
  {
    // Specs take `test` from e2e/fixtures.ts, whose guard fails a test on any Content-Security-Policy refusal.
    files: ["apps/web/e2e/**/*.spec.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", allowTypeImports: true, message: "Import test and expect from ./fixtures (the CSP guard)." }] },
      ],
    },
  },
);
