// Writing rows fast, reading one number back, and the database file's own housekeeping.
import { rmSync } from "node:fs";
import type { Client, InStatement, InValue } from "@libsql/client";
import { getTableColumns, getTableName } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";

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

/** A table's columns by their property names in db/schema.ts. */
type ColumnKey<T extends SQLiteTable> = keyof T["$inferInsert"] & string;

/** A row as a phase writes it: values as SQLite stores them, keyed as the schema names them. */
export type Row<T extends SQLiteTable> = { [K in ColumnKey<T>]?: Cell };

/** The row, refused by the compiler if it names a property the table doesn't have. */
type Exact<T extends SQLiteTable, R> = R & Record<Exclude<keyof R, ColumnKey<T>>, never>;

/**
 * Writes `count` rows into `table`, 2,000 an INSERT and 20,000 a transaction. The column names
 * come from the Drizzle table, so a renamed column follows the schema, and a row that names a
 * property the schema doesn't have (or not the same ones as the first row) stops the run.
 */
export async function insertRows<T extends SQLiteTable, R extends Row<T>>(
  w: Writer,
  table: T,
  count: number,
  row: (i: number) => Exact<T, R>,
) {
  const name = getTableName(table);
  const schema: Record<string, SQLiteColumn> = getTableColumns(table);
  let keys: string[] = [];
  let sql = "";
  const valuesOf = (values: Record<string, Cell>): Cell[] => {
    if (!sql) {
      keys = Object.keys(values);
      const columns = keys.map((key) => {
        const column = Object.hasOwn(schema, key) ? schema[key] : undefined;
        if (!column) throw new Error(`${name}: db/schema.ts has no column ${key}`);
        return column.name;
      });
      const select = columns.map((_, c) => `value ->> ${c}`).join(", ");
      sql = `INSERT INTO ${name} (${columns.join(", ")}) SELECT ${select} FROM json_each(?)`;
    }
    const given = Object.keys(values);
    if (given.length !== keys.length || given.some((key, c) => key !== keys[c])) {
      throw new Error(`${name}: a row with ${given.join(", ")}, not ${keys.join(", ")}`);
    }
    return keys.map((key) => values[key]!);
  };
  let i = 0;
  while (i < count) {
    const statements: InStatement[] = [];
    const from = i;
    while (statements.length < STATEMENTS_PER_TRANSACTION && i < count) {
      const n = Math.min(ROWS_PER_STATEMENT, count - i);
      const rows: Cell[][] = [];
      for (let r = 0; r < n; r++) rows.push(valuesOf(row(i + r) as Record<string, Cell>));
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
