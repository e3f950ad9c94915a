import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as EngineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

type EngineModule = typeof EngineGlue;
type PanicRegistry = { set_message: (message: string) => void };
// The WebAssembly global is typed by lib.dom, which this package does not load.
declare const WebAssembly: {
  instantiate: (bytes: Uint8Array, imports: object) => Promise<{ instance: { exports: Record<string, unknown> } }>;
};

// Kept on globalThis, not in this module: the glue module is Node's own (one per process), and
// it holds views of the one WebAssembly memory it was given. A second copy of this module (vitest
// loads one per project into its main process) must reuse that instance, not instantiate another
// under the same glue, which would leave the glue reading the first one's memory.
const engineModuleKey = Symbol.for("planner.prismaSchemaEngine");
const processGlobals = globalThis as Record<symbol, { promise?: Promise<EngineModule> } | undefined>;
const engineModule = (processGlobals[engineModuleKey] ??= {});

/**
 * Loads Prisma's WASM schema engine once per process. The package's main entry
 * does `import * as wasm from "./schema_engine_bg.wasm"`, which only bundlers
 * understand (Node 20 needs --experimental-wasm-modules), so we import its
 * plain-JS glue and instantiate the .wasm next to it ourselves.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule.promise ??= (async () => {
    // webpackIgnore: Node resolves it at run time. As a webpack external it would sit in every
    // route's module map, and `next start` imports every module of that map up front.
    const glue: EngineModule = await import(/* webpackIgnore: true */ "@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(engineWasmPath());
    const imports: Record<string, unknown> = { ...glue };
    // The engine races its advisory lock against a 10 s setTimeout it never
    // clears (there is no clearTimeout import); unref'd, that timer no longer
    // keeps a finished process alive.
    for (const [name, fn] of Object.entries(glue)) {
      if (name.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
        imports[name] = (...args: unknown[]) => {
          const timer = (fn as (...args: unknown[]) => { unref?: () => void })(...args);
          timer.unref?.();
          return timer;
        };
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })().catch((error: unknown) => {
    engineModule.promise = undefined;
    throw error;
  });
  return engineModule.promise;
}

/**
 * The .wasm sits next to the glue module. Resolved by Node at run time: webpack
 * (Next.js) rewrites a createRequire imported from "node:module" and rejects
 * require.resolve of an ESM package, but leaves process.getBuiltinModule alone.
 */
function engineWasmPath(): string {
  const { createRequire } = process.getBuiltinModule("node:module");
  // From this file when run from source; from the working directory in a
  // bundled build (Next.js standalone runs in apps/web, which depends on it).
  const bases = [import.meta.url, path.join(process.cwd(), "package.json")];
  for (const base of bases) {
    try {
      const gluePath = createRequire(base).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
      return path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    } catch {
      // try the next base
    }
  }
  throw new Error("Cannot find @prisma/schema-engine-wasm; is it installed next to the app?");
}

export type EngineOptions = {
  /** Prisma schema files as [path, content]; only `migrate dev` needs them. */
  datamodels?: [string, string][];
  /** Receives the engine's JSON log lines (tracing output). */
  log?: (line: string) => void;
};

/**
 * Runs `work` with a schema engine over the given adapter factory, then frees it.
 * The WASM engine reports a Rust panic only through the global
 * PRISMA_WASM_PANIC_REGISTRY (it then fails with a bare "unreachable"); Prisma
 * Client installs one that throws, so we swap in our own for the duration and
 * restore whatever was there.
 */
export async function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  options: EngineOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadEngineModule();
  const global = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  const registry = (global.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => undefined });
  const previous = registry.set_message;
  let panic: string | undefined;
  registry.set_message = (message) => {
    panic = message;
  };
  const connections = trackConnections(factory);
  let engine: SchemaEngine | undefined;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: options.datamodels },
      options.log ?? (() => undefined),
      bindMigrationAwareSqlAdapterFactory(connections.factory),
    );
    const result = await work(engine);
    await connections.disposeAll(); // a failed clean-up (e.g. dropping the shadow database) is reported
    return result;
  } catch (error) {
    if (panic) throw new Error(`Prisma schema engine panicked: ${panic}`, { cause: error });
    throw asError(error);
  } finally {
    registry.set_message = previous;
    try {
      engine?.free();
    } catch {
      // after a panic the engine is still "borrowed" and cannot be freed: keep the panic
    }
    await connections.disposeAll().catch(() => undefined); // after a failure, keep the first error
  }
}

/**
 * The engine disposes shadow connections itself but not always the main one
 * (free() is synchronous), so a pg pool could outlive the command and keep the
 * process alive: whatever is still open is disposed here, once.
 */
function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const dispose = adapter.dispose.bind(adapter);
    let disposing: Promise<void> | undefined;
    adapter.dispose = () => (disposing ??= dispose());
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => track(await factory.connect()),
      connectToShadowDb: async () => track(await factory.connectToShadowDb()),
    } satisfies SqlMigrationAwareDriverAdapterFactory,
    disposeAll: async () => void (await Promise.all(opened.map((adapter) => adapter.dispose()))),
  };
}

/**
 * Engine errors end in a Rust span trace ("   0: sql_schema_connector::…"):
 * keep the message readable, naming the migration the trace mentions.
 */
function asError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const trace = /\n\s*0: /.exec(error.message);
  if (!trace) return error;
  const migration = /migration_name="([^"]+)"/.exec(error.message.slice(trace.index))?.[1];
  const message = error.message.slice(0, trace.index).replace(/^external connector error\n/, "");
  return new Error(migration ? `Migration ${migration} failed: ${message}` : message, { cause: error });
}

export const noFilters = { externalTables: [], externalEnums: [] };
