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
import { syncOffThread } from "./replica-sync.mjs";
import { createLocalClient } from "./statement-cache.mjs";
import {
  isPrimaryUnreachable,
  openPrimary,
  PRIMARY_DEADLINE_MS,
  PrimaryUnreachableError,
  trackReplica,
  WRITE_DEADLINE_MS,
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

/**
 * Where writes go: by default the client itself; on a replica, the primary, then a sync. A
 * replica's reads go to `reader`, a plain connection to its file (see connect); its `sync` runs
 * off the thread (db/replica-sync.mjs).
 */
type Writer = {
  client: Writes;
  written?: () => Promise<unknown>;
  reader?: () => Client | undefined;
  sync?: () => Promise<unknown>;
  /** Closed with the client: the replica's probe of the primary. */
  probe?: Pick<Client, "close">;
};

/** The calls a write makes: the client's own, or the primary's (db/primary-streams.mjs). */
type Writes = Pick<Client, "execute" | "batch" | "close">;

/**
 * Writes go through one queue per process and are tried again while the database is busy (see
 * busy.mjs); a batch that writes takes the write lock when it begins (BEGIN IMMEDIATE), so two
 * transactions never both read and then both ask for the lock. On a replica, each write
 * statement, and each batch that writes as one transaction, is sent to the primary and the
 * replica synced before it returns, so the writer reads its own write.
 */
function patientWrites(
  client: Client,
  ready?: Promise<unknown>,
  writer: Writer = { client },
): Client {
  const after = ready
    ? <T>(run: () => Promise<T>) => ready.then(run)
    : <T>(run: () => Promise<T>) => run();
  const reads = () => writer.reader?.() ?? client;
  const write = <T>(run: () => Promise<T>) =>
    after(async () => {
      const result = await queueWrite(() => plainly(run));
      await writer.written?.();
      return result;
    });
  return new Proxy(client, {
    get(target, property) {
      if (property === "execute") {
        // Both of its forms: execute({ sql, args }) and execute(sql, args).
        return (statement: InStatement, args?: InArgs) => {
          const run = (on: Writes) => () =>
            args === undefined ? on.execute(statement) : on.execute(statement as string, args);
          return writes(statement) ? write(run(writer.client)) : after(() => run(reads())());
        };
      }
      if (property === "batch") {
        return (statements: InStatement[], mode?: TransactionMode) =>
          statements.some(writes)
            ? write(() => writer.client.batch(statements, mode ?? "write"))
            : after(() => reads().batch(statements, mode));
      }
      if (property === "sync" && writer.sync) return writer.sync;
      if (property === "close" && writer.client !== target) {
        return () => {
          writer.client.close();
          writer.probe?.close();
          writer.reader?.()?.close();
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
 * itself, so it takes none of the pragmas below.
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
      timeout: 5000,
    });
    // libSQL's own calls to the primary block the thread without a deadline (db/replica.mjs).
    const primary = openPrimary({ url: sync.url, authToken, deadlineMs: WRITE_DEADLINE_MS });
    const probe = openPrimary({ url: sync.url, authToken, deadlineMs: PRIMARY_DEADLINE_MS });
    const syncNow = () => syncOffThread(replica);
    const syncs = trackReplica(
      { sync: syncNow },
      () => probe.execute("SELECT 1"),
      async () =>
        (await replica.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1")).rows
          .length > 0,
    );
    const written = () => {
      syncs.answered();
      return syncs.sync();
    };
    // Reads go to a connection of their own to the replica's file, one that keeps its statements
    // (db/statement-cache.mjs): the replica's own cannot, since libSQL never resets a statement
    // there, and one run again kept the arguments of its first run. It also runs a batch of reads
    // as a local transaction, where the replica's would send any transaction to the primary. It
    // never writes (query_only): the replica's file changes only by syncs. Nothing is read before
    // the replica has synced once: a new file holds no tables at all.
    let reader: Client | undefined;
    const ready = syncs.firstSync().then(() => {
      reader = createLocalClient({ url, timeout: 5000, concurrency: 1 });
      return reader.execute("PRAGMA query_only = ON");
    });
    const client = patientWrites(replica, ready, {
      client: primary,
      written,
      reader: () => reader,
      sync: syncNow,
      probe,
    });
    return { client, db: drizzle(client, { schema }) };
  }
  const client = patientWrites(
    isFile
      ? createLocalClient({ url, authToken, timeout: 5000, concurrency: 1 })
      : createClient({ url, authToken, timeout: 5000 }),
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
