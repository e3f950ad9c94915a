// What the database projects' globalSetup (global-setup.ts) hands to every test file.
declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PGlite data directory (gzipped tar) each test file starts from. */
    pgliteSnapshot?: string;
    /** A migrated server database each test file's database is copied from. */
    postgresTemplate?: string;
  }
}

export {};
