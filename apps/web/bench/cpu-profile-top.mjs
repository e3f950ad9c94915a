#!/usr/bin/env node
// Sums a V8 .cpuprofile (node --cpu-prof) by function and by package: the
// top self-time frames, to see where a request's time goes.
//   [LAST_SECONDS=n] [TOTAL=1] node bench/cpu-profile-top.mjs <file.cpuprofile> [how many, default 25]
import { readFileSync } from "node:fs";

const [file, limitArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: cpu-profile-top.mjs <file.cpuprofile> [limit]");
  process.exit(2);
}
const limit = Number(limitArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8"));

// Self time per node: each sample belongs to one node; timeDeltas[i] is the time before sample i.
// LAST_SECONDS=n keeps only the profile's last n seconds (the load, not the start-up).
const since = process.env.LAST_SECONDS ? profile.endTime - Number(process.env.LAST_SECONDS) * 1e6 : -Infinity;
const selfMicros = new Map();
let at = profile.startTime;
profile.samples.forEach((nodeId, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= since) selfMicros.set(nodeId, (selfMicros.get(nodeId) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

const byFrame = new Map();
const byPackage = new Map();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (micros === 0) continue;
  const { functionName, url } = node.callFrame;
  const frame = frameName(node.callFrame);
  byFrame.set(frame, (byFrame.get(frame) ?? 0) + micros);
  const pkg = packageOf(url, functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
}

// Inclusive (total) time per frame: a node's self time counts once for every distinct frame on its stack.
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const byFrameTotal = new Map();
for (const [nodeId, micros] of selfMicros) {
  const seen = new Set();
  for (let id = nodeId; id !== undefined; id = parentOf.get(id)) {
    const frame = frameName(nodeById.get(id).callFrame);
    if (seen.has(frame)) continue;
    seen.add(frame);
    byFrameTotal.set(frame, (byFrameTotal.get(frame) ?? 0) + micros);
  }
}

const idle = (byPackage.get("(idle)") ?? 0) / 1000;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(idle / 1000).toFixed(1)} s idle`);
print("self time by package", byPackage, 15);
print("top self-time frames", byFrame, limit);
if (process.env.TOTAL) print("top total-time frames", byFrameTotal, limit);

/** Minified bundles have one long line: the column tells their functions apart. */
function frameName({ functionName, url, lineNumber, columnNumber }) {
  return `${functionName || "(anonymous)"} ${shorten(url)}${url ? `:${lineNumber + 1}:${columnNumber + 1}` : ""}`;
}

function print(title, map, count) {
  console.log(`\n${title} (% of busy time):`);
  const busy = total - (byPackage.get("(idle)") ?? 0);
  for (const [name, micros] of [...map].filter(([name]) => !name.startsWith("(idle)")).sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  }
}

function shorten(url) {
  if (!url) return "";
  const pnpm = url.match(/node_modules\/\.pnpm\/[^/]+\/node_modules\/(.*)$/);
  if (pnpm) return pnpm[1];
  const nm = url.match(/node_modules\/(.*)$/);
  if (nm) return nm[1];
  const next = url.match(/\/(\.next[^/]*\/.*)$/);
  if (next) return next[1];
  return url.replace(/^file:\/\//, "");
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node:*";
  const short = shorten(url);
  if (short.startsWith(".next")) return `app bundle ${short.split("/").slice(0, 3).join("/")}`;
  const parts = short.split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}
