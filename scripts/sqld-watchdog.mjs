// sqld 0.24 can stop giving out its write lock for good while it still answers reads: a writer
// that gives up waiting (SQLITE_BUSY while a checkpoint holds the lock) stays in its queue, and
// once its connection has closed the lock is handed to nobody (README, "One instance against
// two"). Every write then waits; the instances refuse writes clearly after their own deadline,
// and only a restart of sqld brings the lock back. This watches for that and restarts it.
import { createClient } from "@libsql/client";

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
 * IMMEDIATE, COMMIT), which writes nothing. Resolves with whether sqld answered within
 * `deadlineMs`; an error it answered with (SQLITE_BUSY) counts as an answer.
 */
export async function probeWriteLock(url, deadlineMs) {
  const client = createClient({ url });
  let timer;
  const late = new Promise((done) => (timer = setTimeout(() => done("late"), deadlineMs)));
  try {
    const outcome = await Promise.race([
      client.batch([], "write").then(
        () => "answered",
        (error) => (error?.code?.startsWith?.("SQLITE_") ? "answered" : "failed"),
      ),
      late,
    ]);
    return outcome === "answered";
  } finally {
    clearTimeout(timer);
    client.close();
  }
}

/**
 * Probes sqld's write lock at `url` every `everyMs`; after `misses` probes in a row without an
 * answer, says so through `log` and awaits `restart()`, then goes on watching. `stop()` ends it.
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
  let stopped = false;
  let timer;
  let missed = 0;
  const next = () => {
    if (!stopped) timer = setTimeout(watch, everyMs);
  };
  async function watch() {
    const answered = await probeWriteLock(url, deadlineMs);
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
    },
  };
}
