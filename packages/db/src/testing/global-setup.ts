import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { createTemplateDatabase, dropServerDatabase, writePgliteSnapshot } from "./snapshot";

import "./provided-context";

/**
 * vitest globalSetup of the database projects: migrates once per run, for every
 * test file's database to start from a copy (see snapshot.ts). Returns the teardown.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE === "postgres" || project.config.env.TEST_DATABASE === "postgres") {
    const serverUrl = String(project.config.env.TEST_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL);
    const name = `planner_template_${randomBytes(6).toString("hex")}`;
    await createTemplateDatabase(serverUrl, name);
    project.provide("postgresTemplate", name);
    return () => dropServerDatabase(serverUrl, name);
  }
  const folder = mkdtempSync(path.join(tmpdir(), "planner-pglite-snapshot-"));
  const file = path.join(folder, "migrated.tar.gz");
  await writePgliteSnapshot(file);
  project.provide("pgliteSnapshot", file);
  return () => Promise.resolve(rmSync(folder, { recursive: true, force: true }));
}
