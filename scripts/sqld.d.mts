// Types for scripts/sqld.mjs, for the tests that start a libSQL server of their own.
import type { ChildProcess } from "node:child_process";

/** How often the sqld started here checkpoints its WAL, in seconds. */
export const CHECKPOINT_INTERVAL_S: number;

export function startSqld(options?: {
  port?: number;
  dbPath?: string;
  binary?: string;
  log?: (line: string) => void;
  timeoutMs?: number;
}): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }>;
