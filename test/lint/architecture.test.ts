// The lint rules that make DESIGN.md's layers and the settings rule law. Each
// case lints a small piece of code as if it were a file at `file` (the real
// config, the real resolver), so a rule that stops firing fails here.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The fixtures exist only as text: the type-aware rules check them in TypeScript's default project.
const eslint = new ESLint({
  cwd: new URL("../..", import.meta.url).pathname,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ["apps/*/src/lint-fixture.ts", "apps/*/src/*/lint-fixture.tsx", "packages/*/src/lint-fixture.ts", "packages/*/src/*/lint-fixture.ts"] } } },
  },
});

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const importing = (from: string) => `import * as other from "${from}";\nexport const used = other;\n`;

type Case = { name: string; file: string; code: string; rule: string };

const broken: Case[] = [
  // By package name: a layer does not depend on what it may not import, so only the name can be checked.
  { name: "domain imports db", file: "packages/domain/src/lint-fixture.ts", code: importing("@planner/db"), rule: "no-restricted-imports" },
  { name: "domain imports api", file: "packages/domain/src/lint-fixture.ts", code: importing("@planner/api"), rule: "no-restricted-imports" },
  { name: "db imports api", file: "packages/db/src/lint-fixture.ts", code: importing("@planner/api"), rule: "no-restricted-imports" },
  { name: "web imports db", file: "apps/web/src/lint-fixture.ts", code: importing("@planner/db"), rule: "no-restricted-imports" },
  { name: "web imports db's sub-entry", file: "apps/web/src/lint-fixture.ts", code: importing("@planner/db/migrate"), rule: "no-restricted-imports" },
  // By path, resolved to the file: eslint-plugin-boundaries.
  { name: "web reaches into db by path", file: "apps/web/src/lint-fixture.ts", code: importing("../../../packages/db/src/index"), rule: "boundaries/dependencies" },
  { name: "api reaches into web by path", file: "packages/api/src/lint-fixture.ts", code: importing("../../../apps/web/src/settings"), rule: "boundaries/dependencies" },
  { name: "db reaches into api by path", file: "packages/db/src/lint-fixture.ts", code: importing("../../api/src/index"), rule: "boundaries/dependencies" },
  { name: "domain reaches into db by path", file: "packages/domain/src/lint-fixture.ts", code: importing("../../db/src/index"), rule: "boundaries/dependencies" },
  { name: "domain reaches into web by path", file: "packages/domain/src/lint-fixture.ts", code: importing("../../../apps/web/src/settings"), rule: "boundaries/dependencies" },
  { name: "the middleware's settings import the whole API", file: "apps/web/src/settings.ts", code: importing("@planner/api/server"), rule: "no-restricted-imports" },
  { name: "every page's account lookup imports the whole API", file: "apps/web/src/server/current-account.ts", code: importing("@planner/api/server"), rule: "no-restricted-imports" },
  { name: "the log-in page imports next-auth's handlers", file: "apps/web/src/app/(auth)/login/page.tsx", code: importing("~/server/auth"), rule: "no-restricted-imports" },
  // Only packages/db talks to Prisma.
  { name: "api imports Prisma", file: "packages/api/src/lint-fixture.ts", code: importing("@prisma/client"), rule: "no-restricted-imports" },
  { name: "web imports Prisma", file: "apps/web/src/lint-fixture.ts", code: importing("@prisma/adapter-pg"), rule: "no-restricted-imports" },
  // Settings only through each package's settings.ts.
  { name: "process.env in a service", file: "packages/api/src/services/lint-fixture.ts", code: "export const cost = process.env.BCRYPT_COST;\n", rule: "no-restricted-properties" },
  { name: "process.env in a web component", file: "apps/web/src/features/lint-fixture.tsx", code: "export const hooks = process.env.PLANNER_TEST_HOOKS;\n", rule: "no-restricted-properties" },
  { name: "process.env in a repository", file: "packages/db/src/repositories/lint-fixture.ts", code: "export const size = process.env.DATABASE_POOL_SIZE;\n", rule: "no-restricted-properties" },
  // Type-aware rules are on.
  {
    name: "a floating promise",
    file: "packages/api/src/lint-fixture.ts",
    code: "async function work(): Promise<void> {}\nexport function run(): void {\n  work();\n}\n",
    rule: "@typescript-eslint/no-floating-promises",
  },
  // Every word on screen comes from the message files.
  { name: "English text in JSX", file: "apps/web/src/features/lint-fixture.tsx", code: "export const View = () => <p>Nothing planned</p>;\n", rule: "planner/no-literal-ui-string" },
  { name: "Korean text in JSX", file: "apps/web/src/features/lint-fixture.tsx", code: "export const View = () => <p>일정이 없습니다</p>;\n", rule: "planner/no-literal-ui-string" },
  { name: "a literal aria-label", file: "apps/web/src/features/lint-fixture.tsx", code: 'export const View = () => <button aria-label="Close" />;\n', rule: "planner/no-literal-ui-string" },
  { name: "a literal placeholder", file: "apps/web/src/features/lint-fixture.tsx", code: 'export const View = () => <input placeholder="What needs doing?" />;\n', rule: "planner/no-literal-ui-string" },
  { name: "a template title", file: "apps/web/src/features/lint-fixture.tsx", code: "export const View = ({ n }: { n: string }) => <a title={`Open ${n}`} />;\n", rule: "planner/no-literal-ui-string" },
  { name: "a string in a JSX conditional", file: "apps/web/src/features/lint-fixture.tsx", code: 'export const View = ({ busy }: { busy: boolean }) => <p>{busy ? "Saving…" : "Save"}</p>;\n', rule: "planner/no-literal-ui-string" },
];

const allowed: Omit<Case, "rule">[] = [
  { name: "web imports api's server entry", file: "apps/web/src/lint-fixture.ts", code: importing("@planner/api/server") },
  { name: "the middleware's settings import the settings kit", file: "apps/web/src/settings.ts", code: importing("@planner/api/settings-kit") },
  { name: "every page's account lookup imports the pages' entry", file: "apps/web/src/server/current-account.ts", code: importing("@planner/api/pages") },
  { name: "web imports domain", file: "apps/web/src/lint-fixture.ts", code: importing("@planner/domain") },
  { name: "api imports db", file: "packages/api/src/lint-fixture.ts", code: importing("@planner/db") },
  { name: "db imports domain", file: "packages/db/src/lint-fixture.ts", code: importing("@planner/domain") },
  { name: "db imports Prisma", file: "packages/db/src/lint-fixture.ts", code: importing("@prisma/client") },
  { name: "a settings module reads process.env", file: "packages/api/src/settings.ts", code: "export const raw = process.env.SMTP_URL;\n" },
  { name: "test set-up reads process.env", file: "packages/db/src/testing/fixture.ts", code: "export const kind = process.env.TEST_DATABASE;\n" },
];

describe("architecture lint", () => {
  it.each(broken)("reports $name ($rule)", async ({ file, code, rule }) => {
    expect(await ruleIdsFor(file, code)).toContain(rule);
  });

  it.each(allowed)("allows $name", async ({ file, code }) => {
    expect(await ruleIdsFor(file, code)).toEqual([]);
  });

  // Checked for this rule alone: outside a tsconfig the fixture's JSX has no React types.
  it("allows the brand name and punctuation in JSX beside text from the message files", async () => {
    const code = 'const label = String(1);\nexport const View = () => (\n  <p title={label} className="text-sm">\n    Planner · {label} …\n  </p>\n);\n';
    expect(await ruleIdsFor("apps/web/src/features/lint-fixture.tsx", code)).not.toContain("planner/no-literal-ui-string");
  });
});
