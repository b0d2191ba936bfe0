// An embedded replica's sync, run on libSQL's own threads. @libsql/client calls libSQL's blocking
// sync, which holds the server's only thread for every round trip to the primary and every frame
// it applies: profiled under two instances taking 1,000 writes, each instance's thread spent more
// time blocked in it (about 24 ms a write) than on everything else together. libSQL's promise API
// runs the same sync on its own threads; the client has no way to call it, so its blocking sync is
// replaced here by one that starts that sync and hands back a ticket for it.
import Blocking from "libsql";
import Async from "libsql/promise";

/** ticket -> the sync it started; on globalThis, since a bundle and the tests may load this twice. */
const PENDING = Symbol.for("exploring-soundtracks.replica-syncs");
const pending = (globalThis[PENDING] ??= { next: 1, syncs: new Map() });

/**
 * The client borrows its only connection for `sync()` and gives it back when this returns, at
 * once: reads go on meanwhile, as they do while libSQL syncs by itself every interval. The ticket
 * comes back to syncOffThread as the client's `frames_synced`.
 */
Blocking.prototype.sync = function startSync() {
  const ticket = pending.next++;
  const sync = Async.prototype.sync.call(this);
  // Whoever holds the ticket hears how it ended; a sync nobody asked after must not crash the
  // process as an unhandled rejection.
  sync.catch(() => {});
  pending.syncs.set(ticket, sync);
  return { frames_synced: ticket, frame_no: 0 };
};

/**
 * Syncs the replica behind `client` (an @libsql/client on an embedded replica) without holding
 * the thread, and resolves (or rejects) when libSQL's sync does.
 * @param {{ sync(): Promise<{ frames_synced: number } | undefined> }} client
 */
export async function syncOffThread(client) {
  const ticket = (await client.sync())?.frames_synced ?? 0;
  const sync = pending.syncs.get(ticket);
  pending.syncs.delete(ticket);
  if (!sync) throw new Error("The replica's sync could not be started");
  return sync;
}
