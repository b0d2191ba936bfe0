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

/** Whether a libSQL error says the primary did not answer a delegated write or a sync. */
export function isPrimaryUnreachable(/** @type {unknown} */ error) {
  const message = /** @type {{ message?: unknown }} */ (error ?? {}).message;
  return (
    typeof message === "string" &&
    /^\s*(WriteDelegation|Replication)\(|error trying to connect|PrimaryHandshakeTimeout/.test(
      message,
    )
  );
}

/** Makes `client` the process's replica, the one syncReplica brings up to date. */
export function registerReplica(/** @type {{ sync(): Promise<unknown> }} */ client) {
  globalThis[REPLICA] = { client, running: null, next: null, syncedAt: 0, failedAt: 0 };
}

/**
 * How far behind the primary the process's replica may be, after asking it to catch up: null
 * when the process has no replica; else whether the primary answered, and the age (ms) of the
 * newest write the replica is sure to hold (every write the primary had committed when the last
 * sync that succeeded began), null before any sync succeeded.
 * @returns {Promise<{ primaryReachable: boolean, lagMs: number | null } | null>}
 */
export async function replicaLag() {
  const replica = globalThis[REPLICA];
  if (!replica) return null;
  const syncedAt = await syncReplica();
  return {
    primaryReachable: replica.failedAt <= replica.syncedAt,
    lagMs: syncedAt > 0 ? Math.max(0, Date.now() - syncedAt) : null,
  };
}

/**
 * Brings the process's replica up to date with a sync that begins after this call (joining one
 * queued behind the sync under way, if any), and resolves with the time (ms) it began: the replica
 * then holds every write the primary had committed by then. Resolves with the last good sync's
 * time, without waiting, while the primary has just failed to answer; with Infinity when the
 * process has no replica (its database is the primary itself).
 * @returns {Promise<number>}
 */
export function syncReplica() {
  const replica = globalThis[REPLICA];
  if (!replica) return Promise.resolve(Infinity);
  if (Date.now() - replica.failedAt < RETRY_AFTER_MS) return Promise.resolve(replica.syncedAt);
  if (replica.next) return replica.next;
  const start = () => {
    const startedAt = Date.now();
    replica.running = replica.client.sync().then(
      () => (replica.syncedAt = Math.max(replica.syncedAt, startedAt)),
      () => {
        replica.failedAt = Date.now();
        return replica.syncedAt;
      },
    );
    replica.running.finally(() => {
      if (replica.running && replica.next === null) replica.running = null;
    });
    return replica.running;
  };
  if (!replica.running) return start();
  replica.next = replica.running.then(() => {
    replica.next = null;
    return start();
  });
  return replica.next;
}
