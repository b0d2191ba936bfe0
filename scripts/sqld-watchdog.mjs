// sqld 0.24 can stop giving out its write lock for good while it still answers reads: a writer
// that gives up waiting (SQLITE_BUSY while a checkpoint holds the lock) stays in its queue, and
// once its connection has closed the lock is handed to nobody (README, "One instance against
// two"). Every write then waits; the instances refuse writes clearly after their own deadline,
// and only a restart of sqld brings the lock back. Checkpoints on a timer (scripts/sqld.mjs,
// CHECKPOINT_INTERVAL_S) ended it in every trial since; this stays for whatever else may keep the
// lock, and restarts sqld when it stops coming.
import { openPrimary } from "../db/replica.mjs";

/** How often the write lock is taken. */
export const WATCH_EVERY_MS = 5_000;
/**
 * How long a probe waits for the lock: past sqld's own transaction timeout (5 s) and the pauses
 * it makes while it compacts its log (8–18 s measured, README).
 */
export const WRITE_LOCK_DEADLINE_MS = 15_000;
/** Probes in a row that get no answer before sqld is restarted. */
export const MISSES_BEFORE_RESTART = 2;

/**
 * Takes sqld's write lock and gives it back at once: an empty write transaction (BEGIN
 * IMMEDIATE, COMMIT), which writes nothing, on `primary` (openPrimary, db/replica.mjs, whose
 * deadline fails it and opens its connection again). Resolves with whether sqld answered; an
 * error it answered with (SQLITE_BUSY) counts.
 * @param {import("../db/primary-streams.mjs").PrimaryClient} primary
 */
export function probeWriteLock(primary) {
  return primary.batch([], "write").then(
    () => true,
    (error) => String(error?.code).startsWith("SQLITE_"),
  );
}

/**
 * Probes sqld's write lock at `url` every `everyMs`, over one connection it keeps (a closed one
 * that sqld handed its lock to would hold it for good, a kept one takes it at its next probe);
 * after `misses` probes in a row without an answer, says so through `log` and awaits
 * `restart()`, then goes on watching. `stop()` ends it.
 * @param {{ url: string, restart: () => Promise<unknown>, log: (line: string) => void,
 *   everyMs?: number, deadlineMs?: number, misses?: number }} options
 */
export function watchWriteLock({
  url,
  restart,
  log,
  everyMs = WATCH_EVERY_MS,
  deadlineMs = WRITE_LOCK_DEADLINE_MS,
  misses = MISSES_BEFORE_RESTART,
}) {
  const primary = openPrimary({ url, deadlineMs });
  let stopped = false;
  let timer;
  let missed = 0;
  const next = () => {
    if (!stopped) timer = setTimeout(watch, everyMs);
  };
  async function watch() {
    const answered = await probeWriteLock(primary);
    if (stopped) return;
    missed = answered ? 0 : missed + 1;
    if (missed < misses) return next();
    log(`sqld gave out no write lock in ${missed} tries of ${deadlineMs / 1000} s: restarting it`);
    const started = Date.now();
    try {
      await restart();
      log(`sqld restarted in ${((Date.now() - started) / 1000).toFixed(1)} s; writes go on`);
    } catch (error) {
      log(`sqld could not be restarted: ${error instanceof Error ? error.message : error}`);
    }
    missed = 0;
    next();
  }
  next();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      primary.close();
    },
  };
}
