// Types for scripts/sqld-watchdog.mjs, for its tests.
export const WATCH_EVERY_MS: number;
export const WRITE_LOCK_DEADLINE_MS: number;
export const MISSES_BEFORE_RESTART: number;

export function probeWriteLock(
  primary: import("../db/primary-streams.mjs").PrimaryClient,
): Promise<boolean>;

export function watchWriteLock(options: {
  url: string;
  restart: () => Promise<unknown>;
  log: (line: string) => void;
  everyMs?: number;
  deadlineMs?: number;
  misses?: number;
}): { stop(): void };
