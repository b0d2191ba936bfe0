// Writing rows fast, reading one number back, and the database file's own housekeeping.
import { rmSync } from "node:fs";
import type { Client, InStatement, InValue } from "@libsql/client";

/**
 * Rows travel as one JSON array per statement (`INSERT … SELECT … FROM json_each(?)`): one bound
 * parameter however many rows, so SQLite's 32,766-parameter limit never comes into it, and each
 * statement is a few hundred bytes to prepare. (500-row VALUES lists did the same work at the same
 * speed, but every prepared statement held native memory until V8 got round to collecting it:
 * 2.2 GB resident at scale 1.)
 */
const ROWS_PER_STATEMENT = 2_000;
const STATEMENTS_PER_TRANSACTION = 10;

/** A value JSON carries unchanged into SQLite: whole numbers stay INTEGER, strings TEXT. */
export type Cell = string | number | null;

export type Writer = {
  client: Client;
  /** Starts a phase of `total` rows (or other units). */
  phase(name: string, total: number, unit?: string): void;
  advance(rows: number): void;
};

/** 2,000 rows per INSERT, 20,000 per transaction; `emit` pushes row i's values in column order. */
export async function insertRows(
  w: Writer,
  table: string,
  columns: readonly string[],
  count: number,
  emit: (i: number, row: Cell[]) => void,
) {
  const select = columns.map((_, c) => `value ->> ${c}`).join(", ");
  const sql = `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${select} FROM json_each(?)`;
  let i = 0;
  while (i < count) {
    const statements: InStatement[] = [];
    const from = i;
    while (statements.length < STATEMENTS_PER_TRANSACTION && i < count) {
      const n = Math.min(ROWS_PER_STATEMENT, count - i);
      const rows: Cell[][] = [];
      for (let r = 0; r < n; r++) {
        const row: Cell[] = [];
        emit(i + r, row);
        if (row.length !== columns.length) {
          throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
        }
        rows.push(row);
      }
      statements.push({ sql, args: [JSON.stringify(rows)] });
      i += n;
    }
    await w.client.batch(statements, "write");
    w.advance(i - from);
  }
}

export async function scalar(client: Client, sql: string, args: InValue[] = []): Promise<number> {
  const rs = await client.execute({ sql, args });
  const value = rs.rows[0]?.[0];
  return value === null || value === undefined ? 0 : Number(value);
}

/** Deletes a SQLite file and whatever journal it left beside it. */
export function removeDatabaseFiles(path: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
}

export function fileOfUrl(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Bench data needs a file: URL, not ${url}`);
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (!path || path === ":memory:") throw new Error(`Bench data needs a file on disk, not ${url}`);
  return path;
}
