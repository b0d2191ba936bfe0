// What a CPU profile of the server (cpu-profiler.mjs) says the work cost, per unit of work: the
// sampled time by where its code lives (a package, Node's own modules, the app's chunks, native
// code), heaviest first.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = pathToFileURL(fileURLToPath(new URL("../..", import.meta.url))).href;

/** Where code at `url` lives, as a name a reader can place. */
export function placeOf(url) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith("node:")) return "Node's own modules";
  if (/\/server\/chunks\//.test(url)) return "the app's bundled chunks (Drizzle, zod, the app)";
  return url.startsWith(ROOT) ? url.slice(ROOT.length) : url;
}

/**
 * { totalMs, rows: [{ place, ms }] } of a parsed .cpuprofile, idle time left out. Native code
 * (a C++ addon's work, V8's builtins) counts for the code that called it: libSQL's statements
 * show as "libsql (native)".
 */
export function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const placeOfNode = (id) => {
    const { url, functionName } = nodes.get(id).callFrame;
    if (url) return placeOf(url);
    if (functionName === "(garbage collector)") return "garbage collection";
    for (let up = parents.get(id); up !== undefined; up = parents.get(up)) {
      const caller = nodes.get(up).callFrame.url;
      if (caller) return `${placeOf(caller)} (native)`;
    }
    return "native code";
  };
  const msByNode = new Map();
  profile.samples.forEach((id, i) => {
    msByNode.set(id, (msByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byPlace = new Map();
  for (const [id, ms] of msByNode) {
    const { functionName } = nodes.get(id).callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    const place = placeOfNode(id);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
  }
  const rows = [...byPlace].map(([place, ms]) => ({ place, ms })).sort((a, b) => b.ms - a.ms);
  return { totalMs: rows.reduce((sum, row) => sum + row.ms, 0), rows };
}

export const readProfile = (file) => summariseProfile(JSON.parse(readFileSync(file, "utf8")));

/** How long the server is given to write its profile once told to stop. */
const WRITE_TIMEOUT_MS = 60_000;

/**
 * Starts the server's profiler (cpu-profiler.mjs); `stop(units)` stops it, waits for the file
 * and resolves with where the time went per unit of work: { msPerUnit, rows }.
 */
export function startProfile({ pid, file }) {
  rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  return {
    async stop(units) {
      process.kill(pid, "SIGUSR2");
      const until = Date.now() + WRITE_TIMEOUT_MS;
      while (!existsSync(file)) {
        if (Date.now() > until) throw new Error(`The server wrote no profile to ${file}`);
        await sleep(100);
      }
      const { totalMs, rows } = readProfile(file);
      return {
        msPerUnit: totalMs / units,
        rows: rows.map(({ place, ms }) => ({ place, ms: ms / units })),
      };
    },
  };
}
