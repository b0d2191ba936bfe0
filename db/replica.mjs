// An instance on an embedded replica (DATABASE_SYNC_URL) reads a local copy of the primary and
// sends its writes to the primary (db/client.ts). The app and the cache handler (loaded by Next
// outside the app's bundle) share the process's replica through globalThis, so that the handler
// can bring it up to date before a render whose page it will cache.

import { log } from "../lib/logger.mjs";
import { openStreams } from "./primary-streams.mjs";

const REPLICA = Symbol.for("exploring-soundtracks.replica");
/** After a failed sync, renders read the replica as it is for this long without trying again. */
const RETRY_AFTER_MS = 30_000;

/**
 * How long the primary may take to answer. libSQL's own calls to it (a sync, a write delegated by
 * the replica) block the server's only thread with no deadline, so a primary that accepts
 * connections and never answers would hang the whole instance: writes go to the primary over
 * HTTP instead (db/client.ts), and a sync begins only once the primary has answered a probe within
 * this deadline.
 */
export const PRIMARY_DEADLINE_MS = 3_000;
/**
 * A first sync's: it brings the whole database (600 MB from the bench's catalogue took about 10 s
 * over loopback), and nothing is served before it anyway.
 */
export const FIRST_SYNC_DEADLINE_MS = 120_000;
/** A write's: a large batch (a newsletter's queue of 100,000 deliveries) may take seconds. */
export const WRITE_DEADLINE_MS = 10_000;

/**
 * The primary's WebSocket address for a libSQL URL (libsql:// is secure unless it says `tls=0`).
 * Over one kept WebSocket a statement costs the instance about 0.4 ms of CPU, against 2 ms for
 * the HTTP request libSQL's HTTP client makes for each (measured against sqld on this machine).
 */
export function primaryWsUrl(/** @type {string} */ url) {
  const secure = !/^(http|ws):/.test(url) && !/[?&]tls=0(&|$)/.test(url);
  return url.replace(/^(libsql|https?|wss?):/, secure ? "wss:" : "ws:");
}

/**
 * A client of the primary whose statements and batches fail after `deadlineMs` with a
 * TimeoutError (isPrimaryUnreachable). The connection is then opened again: a primary that hangs
 * or a connection the network dropped would otherwise hold every later statement too.
 * @param {{ url: string, authToken?: string, deadlineMs: number }} options
 * @returns {import("./primary-streams.mjs").PrimaryClient}
 */
export function openPrimary({ url, authToken, deadlineMs }) {
  // The WebSocket address without libSQL's own parameters (`tls=0` is in its scheme by then).
  const client = openStreams({ url: primaryWsUrl(url).replace(/\?.*$/, ""), authToken });
  const within = (/** @type {() => Promise<unknown>} */ run) => {
    let timer;
    const late = new Promise((_, fail) => {
      timer = setTimeout(() => {
        client.reconnect().catch(() => {});
        fail(
          new DOMException(`The primary gave no answer within ${deadlineMs} ms`, "TimeoutError"),
        );
      }, deadlineMs);
    });
    return Promise.race([run(), late]).finally(() => clearTimeout(timer));
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "execute" || property === "batch") {
        return (/** @type {unknown[]} */ ...args) => within(() => target[property](...args));
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * What a write is told while the primary cannot be reached: nothing was written (a statement or a
 * batch is sent to it whole, db/client.ts), and the replica still answers reads.
 */
export const PRIMARY_UNREACHABLE =
  "The primary database cannot be reached, so nothing was written; pages are still served from this instance's copy";

export class PrimaryUnreachableError extends Error {
  code = "PRIMARY_UNREACHABLE";
  constructor(/** @type {unknown} */ cause) {
    super(PRIMARY_UNREACHABLE, { cause });
  }
}

/** Whether `error`, or an error it wraps (drizzle's "Failed query"), is a PrimaryUnreachableError. */
export function isPrimaryDown(/** @type {unknown} */ error) {
  for (let e = error; e; e = /** @type {{ cause?: unknown }} */ (e).cause) {
    if (/** @type {{ code?: unknown }} */ (e).code === "PRIMARY_UNREACHABLE") return true;
  }
  return false;
}

/**
 * Whether a libSQL error says the primary did not answer a write or a sync: the replica's own
 * words, or those of the primary's client (db/client.ts), which cannot connect, gets no answer in
 * time, or a server error.
 */
export function isPrimaryUnreachable(/** @type {unknown} */ error) {
  const { message, cause, code, name } =
    /** @type {{ message?: unknown, cause?: unknown, code?: unknown, name?: unknown }} */ (
      error ?? {}
    );
  if (name === "TimeoutError" || name === "AbortError") return true;
  const causeCode = /** @type {{ code?: unknown }} */ (cause ?? {}).code;
  return (
    (typeof message === "string" &&
      /^\s*(WriteDelegation|Replication)\(|error trying to connect|PrimaryHandshakeTimeout|^fetch failed$|aborted due to timeout|returned HTTP status 5\d\d/.test(
        message,
      )) ||
    code === "HRANA_WEBSOCKET_ERROR" ||
    (typeof causeCode === "string" &&
      /^(ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|UND_ERR)/.test(causeCode))
  );
}

/**
 * A replica's syncs: `sync()` brings it up to date (see syncReplica), `answered()` says the
 * primary has just answered a write. The replica made last is the process's own, the one
 * syncReplica and replicaLag use (an instance has one; tests open several). `probe` asks the
 * primary something small over HTTP, within the deadline; `holdsTables` whether the replica's
 * file holds the schema yet (until it does, a sync has failed: see guardedSync).
 * @param {{ sync(): Promise<unknown> }} client
 * @param {() => Promise<unknown>} probe
 * @param {() => Promise<boolean>} [holdsTables]
 */
export function trackReplica(client, probe, holdsTables = async () => true) {
  const replica = {
    client,
    probe,
    holdsTables,
    running: null,
    next: null,
    syncedAt: 0,
    syncs: 0,
    failedAt: 0,
    answeredAt: 0,
  };
  globalThis[REPLICA] = replica;
  return {
    sync: () => syncOf(replica),
    firstSync: () => firstSync(replica),
    answered: () => {
      replica.failedAt = 0;
      replica.answeredAt = Date.now();
    },
  };
}

/** How long a replica that has never synced waits before it tries again. */
export const FIRST_SYNC_RETRY_MS = 500;

/**
 * Resolves once the replica has synced once, however many tries that takes: a new replica file
 * holds no tables at all, so nothing may be read from it before (a primary still starting, or
 * answering "snapshot not found" while it compacts its log, would otherwise have every page fail
 * with "no such table").
 */
async function firstSync(replica) {
  // Past the pause after a failure: with nothing to serve meanwhile, it keeps asking.
  for (let tries = 1; (await syncOf(replica, true)) === 0; tries++) {
    if (tries === 1) log.warn("db.replica_not_ready", { retryMs: FIRST_SYNC_RETRY_MS });
    await new Promise((wait) => setTimeout(wait, FIRST_SYNC_RETRY_MS));
  }
}

/**
 * Whether the process's replica saw the primary fail to answer (a sync, a probe, a tag check)
 * less than RETRY_AFTER_MS ago, with no write answered since: meanwhile only writes wait for it.
 */
export function primaryRecentlyFailed() {
  const replica = globalThis[REPLICA];
  return Boolean(replica) && Date.now() - replica.failedAt < RETRY_AFTER_MS;
}

/** Says the primary failed to answer something other than a sync: the cache handler's tag check. */
export function primaryFailed() {
  const replica = globalThis[REPLICA];
  if (replica) replica.failedAt = Date.now();
}

/** How recent a sync may be for the health check to report it rather than make another. */
const LAG_FRESH_MS = 1_000;

/** A primary that answered a write this recently need not be probed before a sync. */
const ANSWER_FRESH_MS = 250;

/**
 * A sync, begun only once the primary has answered (a write, or a probe) within the deadline, and
 * given up after it (a first sync after its own): a primary that hangs mid-sync (libSQL's own
 * syncs meanwhile stuck on it) would otherwise leave it pending for good, and every sync after
 * it, and every page render that waits for one.
 */
async function guardedSync(replica) {
  if (Date.now() - replica.answeredAt > ANSWER_FRESH_MS) await replica.probe();
  const deadlineMs = replica.syncedAt === 0 ? FIRST_SYNC_DEADLINE_MS : PRIMARY_DEADLINE_MS;
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`the sync got no answer within ${deadlineMs} ms`)),
      deadlineMs,
    );
  });
  try {
    await Promise.race([replica.client.sync(), late]);
  } finally {
    clearTimeout(timer);
  }
  // Until a sync has brought the tables it has failed, whatever it answered: one the primary
  // could not serve ("snapshot not found" while it compacts its log) may end without an error.
  if (replica.syncedAt === 0 && !(await replica.holdsTables())) {
    throw new Error("the sync brought no tables");
  }
}

/**
 * How far behind the primary the process's replica may be, after asking it to catch up: null
 * when the process has no replica; else whether the primary answered, and the age (ms) of the
 * newest write the replica is sure to hold (every write the primary had committed when the last
 * sync that succeeded began), null before any sync succeeded; and how many syncs succeeded since
 * the process started (a sync serves every write of its moment: the count says how many it took).
 * @returns {Promise<{ primaryReachable: boolean, lagMs: number | null, syncs: number } | null>}
 */
export async function replicaLag() {
  const replica = globalThis[REPLICA];
  if (!replica) return null;
  // A load balancer asks every few seconds: after a sync this recent, asking the primary says
  // enough, without another sync.
  const fresh = Date.now() - replica.syncedAt < LAG_FRESH_MS;
  if (fresh) await replica.probe().catch(() => (replica.failedAt = Date.now()));
  const syncedAt = fresh ? replica.syncedAt : await syncOf(replica);
  return {
    primaryReachable: replica.failedAt <= replica.syncedAt,
    lagMs: syncedAt > 0 ? Math.max(0, Date.now() - syncedAt) : null,
    syncs: replica.syncs,
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
  return replica ? syncOf(replica) : Promise.resolve(Infinity);
}

/**
 * @param {boolean} [patient] tries even while the primary has just failed to answer
 * @returns {Promise<number>}
 */
function syncOf(replica, patient = false) {
  if (!patient && primaryRecentlyFailed()) return Promise.resolve(replica.syncedAt);
  if (replica.next) return replica.next;
  const start = () => {
    const startedAt = Date.now();
    replica.running = guardedSync(replica).then(
      () => {
        replica.syncs++;
        return (replica.syncedAt = Math.max(replica.syncedAt, startedAt));
      },
      (error) => {
        // Once an outage, not at each try (a replica never synced tries every half second).
        if (Date.now() - replica.failedAt >= RETRY_AFTER_MS) {
          log.warn("db.replica_sync_failed", { retryMs: RETRY_AFTER_MS, err: error });
        }
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
