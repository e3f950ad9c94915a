// Helpers shared by the web app's benchmarks (not tests): percentiles, the
// process tree's memory, the machine line and the result file `pnpm bench` reads.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { percentile, writeBenchResult } from "../../../scripts/bench-results.mjs";

export const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const nextBin = path.join(webDir, "node_modules", "next", "dist", "bin", "next");

export function hasBuild() {
  return existsSync(path.join(webDir, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
}

export { loadAverage, percentile } from "../../../scripts/bench-results.mjs";

export function median(values) {
  return percentile(values, 50);
}



/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(rootPid) {
  const parents = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the ppid follows the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let kb = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

/** Polls GET /api/health until it answers 200; resolves with the ms it took since `since`. */
export async function waitForHealth(baseUrl, { since = performance.now(), timeoutMs = 240_000, everyMs = 20, isAlive = () => true } = {}) {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (!isAlive()) throw new Error(`the server at ${baseUrl} exited before it was healthy`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      await response.arrayBuffer();
      if (response.ok) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${baseUrl} did not become healthy`);
}

/** Writes <repo>/.bench-results/<name>.json for `pnpm bench`'s table. */
export function writeResults(name, rows) {
  writeBenchResult(name, rows);
  console.log(`results written to .bench-results/${name}.json`);
}
