import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Extra production instances of the app (the build the e2e server serves), for
// the specs that need a server set up otherwise than the main one.

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");

export type Instance = { origin: string; stop: () => Promise<void> };

/** `next start` on 127.0.0.1:`port` with these settings; resolves once /api/health answers. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const server = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: webDir,
    stdio: "ignore",
    env: { ...process.env, AUTH_TRUST_HOST: "true", BCRYPT_COST: "4", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const stop = () => stopServer(server);
  try {
    await waitForHealth(port, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, stop };
}

async function waitForHealth(port: number, server: ChildProcess) {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the instance on port ${port} exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the instance on port ${port} did not start`);
}

function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}
