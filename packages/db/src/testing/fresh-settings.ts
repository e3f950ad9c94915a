import { vi } from "vitest";
import { forgetSettings } from "../settings-kit";

// setupFiles of the database projects, run before each test file. Those projects
// keep modules loaded from one file to the next in a worker (`isolate: false` in
// vitest.config.ts: importing Prisma, tRPC and the routers again for every file
// was a third of their time), so what one file changed in the process must not
// reach the next: its vi.stubEnv variables are put back, and the settings read
// under them are forgotten. A file's own top-level vi.stubEnv then runs after
// this, before anything reads the settings.
vi.unstubAllEnvs();
forgetSettings();
