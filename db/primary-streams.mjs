// The primary's client for an instance on a replica: statements and batches over a few WebSocket
// streams (hrana, libSQL's protocol) it keeps open and reuses. @libsql/client opens a stream for
// each statement or batch and closes it after, and sqld opens a SQLite connection for each stream:
// 1.6–1.9 ms of sqld's CPU a write that way, 0.4–0.5 ms over kept streams (measured on this
// machine, 4 writers), and half the instance's own. A kept connection also takes sqld's write lock
// if sqld ever hands it over while that connection is idle (README, "One instance against two").
import * as hrana from "@libsql/hrana-client";
import { LibsqlBatchError, LibsqlError } from "@libsql/client";

const BEGIN = { write: "BEGIN IMMEDIATE", read: "BEGIN TRANSACTION READONLY", deferred: "BEGIN" };

/** An error in @libsql/client's words: a LibsqlError whose code the callers test. */
function mapError(error) {
  if (!(error instanceof hrana.ClientError)) return error;
  const code =
    error instanceof hrana.ResponseError && error.code !== undefined
      ? error.code
      : error instanceof hrana.WebSocketError || error instanceof hrana.ClosedError
        ? "HRANA_WEBSOCKET_ERROR"
        : "UNKNOWN";
  return new LibsqlError(error.message, code, undefined, undefined, error);
}

/** @param {import("@libsql/client").InStatement} statement */
function toStmt(statement, args) {
  const { sql, args: bound = args } =
    typeof statement === "string" ? { sql: statement } : statement;
  const stmt = new hrana.Stmt(sql);
  if (Array.isArray(bound)) stmt.bindIndexes(bound);
  else if (bound) for (const [name, value] of Object.entries(bound)) stmt.bindName(name, value);
  return stmt;
}

/** A result as @libsql/client's ResultSet has it. */
function resultSet(rows) {
  return {
    columns: rows.columnNames.map((name) => name ?? ""),
    columnTypes: rows.columnDecltypes.map((type) => type ?? ""),
    rows: rows.rows,
    rowsAffected: rows.affectedRowCount,
    lastInsertRowid: rows.lastInsertRowid,
    toJSON() {
      return { columns: this.columns, rows: this.rows, rowsAffected: this.rowsAffected };
    },
  };
}

/**
 * One transaction in one request, as @libsql/client sends a batch: BEGIN, each statement, COMMIT
 * (its executeHranaBatch, like its statement and result helpers above, is not among the modules
 * its package exports).
 */
async function runBatch(stream, version, statements, mode) {
  const batch = stream.batch(version >= 3);
  const begin = batch.step();
  const begun = begin.run(BEGIN[mode] ?? BEGIN.deferred);
  let last = begin;
  const results = statements.map((statement) => {
    const step = batch.step().condition(hrana.BatchCond.ok(last));
    if (version >= 3) step.condition(hrana.BatchCond.not(hrana.BatchCond.isAutocommit(batch)));
    last = step;
    return step.query(toStmt(statement));
  });
  const commit = batch.step().condition(hrana.BatchCond.ok(last));
  if (version >= 3) commit.condition(hrana.BatchCond.not(hrana.BatchCond.isAutocommit(batch)));
  const committed = commit.run("COMMIT");
  const rollback = batch.step().condition(hrana.BatchCond.not(hrana.BatchCond.ok(commit)));
  rollback.run("ROLLBACK").catch(() => {});
  for (const pending of [begun, committed, ...results]) pending.catch(() => {});
  await batch.execute();
  await begun;
  const sets = [];
  for (const [index, pending] of results.entries()) {
    const rows = await pending.catch((error) => {
      const { message, code } = mapError(error);
      throw new LibsqlBatchError(message, index, code, undefined, undefined, error);
    });
    if (rows === undefined) {
      throw new LibsqlBatchError(
        "Statement in a batch was not executed, probably because the transaction has been rolled back",
        index,
        "TRANSACTION_CLOSED",
      );
    }
    sets.push(resultSet(rows));
  }
  await committed;
  return sets;
}

/**
 * A client of the primary at `url` (ws: or wss:) with @libsql/client's `execute`, `batch`,
 * `reconnect` and `close`, each call on a stream of its own while it runs, kept for the next.
 * @param {{ url: string, authToken?: string }} options
 */
export function openStreams({ url, authToken }) {
  let client = null;
  let version = null;
  let idle = [];
  let closed = false;
  const connect = () => {
    client = hrana.openWs(url, authToken);
    version = client.getVersion();
    version.catch(() => {});
    idle = [];
    return client;
  };
  async function onStream(run) {
    if (closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    const owner = client && !client.closed ? client : connect();
    let stream = idle.pop();
    while (stream?.closed) stream = idle.pop();
    stream ??= owner.openStream();
    let keep = false;
    try {
      const result = await run(stream, await version);
      keep = true;
      return result;
    } catch (error) {
      // A statement the primary refused leaves its stream as good as before.
      keep = error instanceof hrana.ResponseError || error instanceof LibsqlBatchError;
      throw mapError(error);
    } finally {
      if (keep && owner === client && !stream.closed) idle.push(stream);
      else stream.close();
    }
  }
  return {
    execute: (statement, args) =>
      onStream(async (stream) => resultSet(await stream.query(toStmt(statement, args)))),
    batch: (statements, mode = "deferred") =>
      onStream((stream, protocol) => runBatch(stream, protocol, statements, mode)),
    async reconnect() {
      client?.close();
      client = null;
    },
    close() {
      closed = true;
      client?.close();
      client = null;
    },
    get closed() {
      return closed;
    },
  };
}
