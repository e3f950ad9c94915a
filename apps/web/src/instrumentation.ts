/**
 * Runs once when the server starts. Next compiles this file for the edge
 * runtime too, so Node-only code sits in its own module behind the
 * NEXT_RUNTIME check, which the edge build drops (Next.js's documented pattern).
 */
export async function register() {
  // Next replaces this literal at build time (the edge bundle drops the branch): it cannot go through settings.ts.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
