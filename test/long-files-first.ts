import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The order vitest's two workers take test files from their one queue. What starts
// last decides when the run ends, so the long files go first and the run ends on
// many short ones. vitest's own order runs the projects by name (lint and settings,
// one long file each, came last) and, on a clean clone (no cache of last run's
// durations, as in CI), a project's files by size (the short authorization table
// files, among the longest to run, came last of theirs).

/** The files that run longest (CI on two cores: 20-40 s each), longest first. */
const LONG_FILES = [
  "test/lint/architecture.test.ts",
  "packages/api/test/authorization.db.test.ts",
  "packages/api/test/rest-authorization.db.test.ts",
  "test/settings/bad-settings.test.ts",
  "packages/db/src/migrate/migrate.db.test.ts",
  "packages/api/test/reminders-exactly-once.db.test.ts",
  "packages/api/test/login-throttling.db.test.ts",
  "packages/api/test/reminder-email-stall.db.test.ts",
];

/**
 * Projects in this order; a project's files stay together, so a worker of the
 * database projects (isolate: false) goes on from one file to the next with its
 * modules loaded. Projects not named here come last.
 */
const PROJECTS = ["lint", "settings", "db-postgres", "db-pglite"];

export class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (list: string[], item: string) => (list.includes(item) ? list.indexOf(item) : list.length);
    const key = (file: TestSpecification) => [
      rank(PROJECTS, file.project.name),
      rank(LONG_FILES, path.relative(root, file.moduleId)),
      sorted.indexOf(file),
    ];
    return [...sorted].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0]! - kb[0]! || (a.project.name < b.project.name ? -1 : a.project.name > b.project.name ? 1 : 0) || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
    });
  }
}
