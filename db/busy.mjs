// SQLite allows one writer at a time. A libSQL server answers a write that finds the lock taken
// with SQLITE_BUSY at once, and another process on the same file can too once its busy timeout
// runs out. A busy answer means the write did not happen (a batch is one transaction), so it is
// safe to try it again a little later; and writes from one process wait their turn in a queue
// of their own, so that the database sees few of them at once.

const ATTEMPTS = 10;
const WRITES_AT_ONCE = 2;

/** @param {unknown} error */
export function isBusy(error) {
  const { code, message } = /** @type {{ code?: string; message?: string }} */ (error ?? {});
  return code === "SQLITE_BUSY" || /SQLITE_BUSY|database is locked/.test(message ?? "");
}

/**
 * Runs `write`, and again after a short, growing, jittered pause while the database is busy.
 * @template T
 * @param {() => Promise<T>} write
 * @returns {Promise<T>}
 */
export async function retryWhileBusy(write) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusy(error) || attempt >= ATTEMPTS) throw error;
      const pause = Math.min(400, 5 * 2 ** attempt) * (0.5 + Math.random());
      await new Promise((resume) => setTimeout(resume, pause));
    }
  }
}

let running = 0;
/** @type {(() => void)[]} */
const waiting = [];

/**
 * Runs `write` when fewer than WRITES_AT_ONCE of this process's writes are under way, retrying
 * it while the database is busy.
 * @template T
 * @param {() => Promise<T>} write
 * @returns {Promise<T>}
 */
export async function queueWrite(write) {
  if (running >= WRITES_AT_ONCE) await new Promise((start) => waiting.push(start));
  running += 1;
  try {
    return await retryWhileBusy(write);
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
