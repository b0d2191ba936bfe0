// An instance on an embedded replica (DATABASE_SYNC_URL) reads a local copy of the primary and
// sends its writes to the primary (db/client.ts). The app and the cache handler (loaded by Next
// outside the app's bundle) share the process's replica through globalThis, so that the handler
// can bring it up to date before a render whose page it will cache.

const REPLICA = Symbol.for("exploring-soundtracks.replica");
/** After a failed sync, renders read the replica as it is for this long without trying again. */
const RETRY_AFTER_MS = 30_000;

/**
 * What a write is told while the primary cannot be reached: nothing was written (libSQL delegates
 * the whole statement or batch), and the replica still answers reads.
 */
export const PRIMARY_UNREACHABLE =
  "The primary database cannot be reached, so nothing was written; pages are still served from this instance's copy";

export class PrimaryUnreachableError extends Error {
  code = "PRIMARY_UNREACHABLE";
  constructor(/** @type {unknown} */ cause) {
    super(PRIMARY_UNREACHABLE, { cause });
  }
}

/**
 * Whether a libSQL error says the primary did not answer a write or a sync: the replica's own
 * words, or those of the primary's client (db/client.ts), which cannot connect or gets no answer.
 */
export function isPrimaryUnreachable(/** @type {unknown} */ error) {
  const { message, cause, code } =
    /** @type {{ message?: unknown, cause?: unknown, code?: unknown }} */ (error ?? {});
  const causeCode = /** @type {{ code?: unknown }} */ (cause ?? {}).code;
  return (
    (typeof message === "string" &&
      (/^\s*(WriteDelegation|Replication)\(|error trying to connect|PrimaryHandshakeTimeout/.test(
        message,
      ) ||
        /^fetch failed$|returned HTTP status 5\d\d/.test(message))) ||
    code === "HRANA_WEBSOCKET_ERROR" ||
    (typeof causeCode === "string" &&
      /^(ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|UND_ERR)/.test(causeCode))
  );
}

/**
 * Brings `client`, an embedded replica, up to date: each call resolves once a sync that began
 * after the call has ended (joining one queued behind the sync under way, if any), with the time
 * (ms) it began: the replica then holds every write the primary had committed by then. While the
 * primary has just failed to answer, resolves at once with the last good sync's time.
 * @param {{ sync(): Promise<unknown> }} client
 * @returns {() => Promise<number>}
 */
export function replicaSyncer(client) {
  const state = { running: null, next: null, syncedAt: 0, failedAt: 0 };
  const start = () => {
    const startedAt = Date.now();
    state.running = client.sync().then(
      () => (state.syncedAt = Math.max(state.syncedAt, startedAt)),
      () => {
        state.failedAt = Date.now();
        return state.syncedAt;
      },
    );
    state.running.finally(() => {
      if (state.running && state.next === null) state.running = null;
    });
    return state.running;
  };
  return () => {
    if (Date.now() - state.failedAt < RETRY_AFTER_MS) return Promise.resolve(state.syncedAt);
    if (state.next) return state.next;
    if (!state.running) return start();
    state.next = state.running.then(() => {
      state.next = null;
      return start();
    });
    return state.next;
  };
}

/** Makes `client` the process's replica, the one syncReplica brings up to date; its syncer. */
export function registerReplica(/** @type {{ sync(): Promise<unknown> }} */ client) {
  globalThis[REPLICA] = replicaSyncer(client);
  return globalThis[REPLICA];
}

/**
 * Brings the process's replica up to date (replicaSyncer); resolves with Infinity when the
 * process has no replica (its database is the primary itself).
 * @returns {Promise<number>}
 */
export function syncReplica() {
  const sync = globalThis[REPLICA];
  return sync ? sync() : Promise.resolve(Infinity);
}
