// The machine and the code a run measured, for the report's first lines.
import { execFileSync } from "node:child_process";
import os from "node:os";

/** CPUs, memory, load average at start, Node, and the commit (marked when the tree has changes). */
export function describeMachine() {
  const cpus = os.cpus();
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim();
    if (dirty) commit += " + uncommitted changes";
  } catch {}
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? "unknown",
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((n) => n.toFixed(2)),
    node: process.version,
    commit,
  };
}

/** The 1-minute load average now, as the report shows it. */
export const loadNow = () => os.loadavg()[0].toFixed(2);
