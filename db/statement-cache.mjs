// @libsql/client prepares every statement anew each time it runs one (its executeStmt calls the
// connection's prepare and drops the statement after one use), so SQLite parses and plans the
// same SQL again for every query. Drizzle writes this site's queries as a few hundred texts that
// repeat, so a connection to a local file keeps the statements it prepared, by their text, and
// hands the same one back. The client sets a statement's modes (safe integers, raw rows) each time
// it uses one, libSQL resets a statement before it runs it again, and the client runs each one to
// its end without giving the thread up, so two queries never hold the same statement at once.
// Builds alternated on this machine: one instance's writes took about a sixth less CPU (README,
// "Writes, profiled").
//
// Only connections opened through createLocalClient keep them. An embedded replica's own
// connection must not: libSQL's reset of a statement there does nothing, so a statement run again
// kept the arguments of its first run and answered with its rows. A replica's reads go through a
// plain connection to its file instead (db/client.ts), which keeps them.
import { createClient } from "@libsql/client";
import Database from "libsql";

/** Statements kept a connection, the least recently used dropped first. */
export const MAX_STATEMENTS = 500;

const STATEMENTS = Symbol.for("exploring-soundtracks.statements");
const KEEPING = Symbol.for("exploring-soundtracks.keeping-statements");
/**
 * `opening` is set while keepingStatements opens connections and read by each connection's first
 * prepare. Shared through globalThis: the app's bundle and the cache handler each load a copy of
 * this module, and only the first patches the prototype.
 */
const state = (globalThis[KEEPING] ??= { opening: false });

if (!Database.prototype.prepare[KEEPING]) {
  const prepareAnew = Database.prototype.prepare;
  /** @this {Database & { [STATEMENTS]?: Map<string, unknown> | null }} */
  const prepare = function (sql) {
    if (this[STATEMENTS] === undefined) this[STATEMENTS] = state.opening ? new Map() : null;
    const kept = this[STATEMENTS];
    if (!kept) return prepareAnew.call(this, sql);
    let statement = kept.get(sql);
    if (statement) {
      kept.delete(sql);
    } else {
      statement = prepareAnew.call(this, sql);
      if (kept.size >= MAX_STATEMENTS) kept.delete(kept.keys().next().value);
    }
    kept.set(sql, statement);
    return statement;
  };
  prepare[KEEPING] = true;
  Database.prototype.prepare = prepare;
}

/**
 * Runs `open`; a connection that prepares its first statement meanwhile keeps its statements.
 * @template T
 * @param {() => T} open
 * @returns {T}
 */
export function keepingStatements(open) {
  state.opening = true;
  try {
    return open();
  } finally {
    state.opening = false;
  }
}

/**
 * createClient for a local file whose connection keeps its statements: the client opens its
 * first connection and runs a statement on it before it returns. Give it `concurrency: 1`, so
 * that the client never opens another.
 * @param {import("@libsql/client").Config} config
 */
export function createLocalClient(config) {
  return keepingStatements(() => createClient(config));
}

/** How many statements a connection keeps (for the tests). */
export function keptStatements(connection) {
  return connection[STATEMENTS]?.size ?? 0;
}
