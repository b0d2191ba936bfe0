import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  createClient,
  type Client,
  type InArgs,
  type InStatement,
  type TransactionMode,
} from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { queueWrite } from "./busy.mjs";
import {
  isPrimaryUnreachable,
  PrimaryUnreachableError,
  registerReplica,
  syncReplica,
} from "./replica.mjs";
import { log } from "../lib/logger.mjs";
import * as schema from "./schema";

export type Database = LibSQLDatabase<typeof schema>;

type Connection = { client: Client; db: Database };

/** An embedded replica's primary, and how often (seconds) the replica syncs with it. */
export type Sync = { url: string; interval: number };

const WRITE = /^\s*(insert|update|delete|replace|with)\b/i;

function writes(statement: InStatement): boolean {
  return WRITE.test(typeof statement === "string" ? statement : statement.sql);
}

/** A write the primary did not answer (on a replica) says so, not libSQL's backtrace. */
async function plainly<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isPrimaryUnreachable(error) ? new PrimaryUnreachableError(error) : error;
  }
}

/** On a replica: its primary, where writes go, and how to bring the replica up to date. */
type Primary = { client: Client; caughtUp: () => Promise<unknown> };

/**
 * Writes go through one queue per process and are tried again while the database is busy (see
 * busy.mjs); a batch that writes takes the write lock when it begins (BEGIN IMMEDIATE), so two
 * transactions never both read and then both ask for the lock. With a `primary` (on a replica),
 * each write statement, and each batch that writes as one transaction, goes to the primary, and
 * answers once the replica has synced after it: the caller reads its own write at once.
 */
function patientWrites(client: Client, ready?: Promise<unknown>, primary?: Primary): Client {
  const after = ready
    ? <T>(run: () => Promise<T>) => ready.then(run)
    : <T>(run: () => Promise<T>) => run();
  const writer = primary?.client ?? client;
  const write = async <T>(run: (on: Client) => Promise<T>): Promise<T> => {
    const written = await queueWrite(() => plainly(() => run(writer)));
    await primary?.caughtUp();
    return written;
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "execute") {
        // Both of its forms: execute({ sql, args }) and execute(sql, args).
        return (statement: InStatement, args?: InArgs) => {
          const run = (on: Client) =>
            args === undefined ? on.execute(statement) : on.execute(statement as string, args);
          return after(() => (writes(statement) ? write(run) : run(target)));
        };
      }
      if (property === "batch") {
        return (statements: InStatement[], mode?: TransactionMode) =>
          after(() =>
            statements.some(writes)
              ? write((on) => on.batch(statements, mode ?? "write"))
              : target.batch(statements, mode),
          );
      }
      if (property === "close" && primary) {
        return () => {
          primary.client.close();
          target.close();
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * With `sync`, the file is an embedded replica of that primary: it syncs once before its first
 * statement, libSQL syncs it again every `sync.interval` seconds, and a write goes to the primary
 * and is in the replica when it returns (read-your-writes). libSQL keeps the replica's journal
 * itself, so it takes none of the pragmas below. The writes do not go through the replica's own
 * connection: @libsql/client runs a replica's statements synchronously on this thread, so a write
 * delegated by it would stop the whole process for a round trip to the primary per statement of a
 * batch, and for the sync after it. They go over the primary's own client instead, a batch in one
 * round trip that leaves the process free meanwhile, then the replica syncs once for all the
 * writes of that moment (replicaSyncer).
 *
 * Local file URLs get their folder created and the pragmas WAL mode needs for concurrent readers.
 * An embedded database gets one connection: its statements run one after another on this thread
 * anyway, and pragmas such as `synchronous` hold for one connection only (a pool would open
 * others with SQLite's default, an fsync on every commit). The pragmas need no await: they are
 * the first statements the connection runs.
 */
export function connect(url: string, authToken?: string, sync?: Sync): Connection {
  const isFile = url.startsWith("file:");
  if (isFile) {
    const path = url.slice("file:".length).split("?")[0] ?? "";
    if (path && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  }
  if (sync) {
    const replica = createClient({
      url,
      syncUrl: sync.url,
      authToken,
      syncInterval: sync.interval,
      readYourWrites: true,
      timeout: 5000,
    });
    const caughtUp = registerReplica(replica);
    const primary = { client: createClient({ url: sync.url, authToken }), caughtUp };
    // Nothing is read before the replica has synced once: a new file holds no tables at all.
    const client = patientWrites(replica, syncReplica(), primary);
    return { client, db: drizzle(client, { schema }) };
  }
  const client = patientWrites(
    createClient({ url, authToken, timeout: 5000, ...(isFile && { concurrency: 1 }) }),
  );
  if (isFile) {
    for (const pragma of ["journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"]) {
      client.execute(`PRAGMA ${pragma}`).catch((error: unknown) => {
        log.error("db.pragma_failed", { pragma, url, err: error });
      });
    }
  }
  return { client, db: drizzle(client, { schema }) };
}
