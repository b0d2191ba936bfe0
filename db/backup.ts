import {
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  closeSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { createClient } from "@libsql/client";
import { now as clockNow } from "./clock.mjs";

/**
 * Backups of the embedded SQLite file: `VACUUM INTO` writes a consistent copy from one read
 * transaction while the site keeps writing (WAL mode lets both run), and a restore puts a copy
 * back only after SQLite's integrity check passes. A libSQL server keeps its data on its own
 * machine: it is backed up there (sqld's snapshots, Turso's point-in-time restore), not here.
 */

export class BackupError extends Error {}

const SQLITE_HEADER = "SQLite format 3\0";

/** The file a `file:` DATABASE_URL names; a server address gets an explanation instead. */
export function databaseFile(url: string): string {
  if (!url.startsWith("file:")) {
    throw new BackupError(
      `DATABASE_URL is a libSQL server (${new URL(url).host}), whose data lives on that server: ` +
        "back it up there (sqld's snapshots, or Turso's point-in-time restore). " +
        "These scripts copy an embedded database file only.",
    );
  }
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (!path || path === ":memory:") throw new BackupError(`${url} is not a database file.`);
  return path;
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

function sqlQuote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** What a backup is written as until it is complete: never a backup's name. */
export const PARTIAL_SUFFIX = ".partial";

/** Makes what was written to `file` durable before it is renamed. */
function flushToDisk(file: string) {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a consistent copy of the database to `<dir>/<name>-<yyyymmdd-hhmmss>.db`. The copy is
 * written as `<that name>.partial`, flushed to disk and only then renamed, so a backup killed
 * midway (or a full disk) never leaves a partial database under a backup's name.
 */
export async function backupDatabase(
  source: string,
  dir: string,
  now = clockNow(),
): Promise<{ file: string; bytes: number }> {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${basename(source, ".db")}-${stamp(now)}.db`);
  const partial = `${file}${PARTIAL_SUFFIX}`;
  for (const taken of [file, partial]) {
    if (existsSync(taken)) throw new BackupError(`${taken} already exists; try again in a second.`);
  }
  const client = createClient({ url: `file:${source}` });
  try {
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute(`VACUUM INTO ${sqlQuote(resolve(partial))}`);
    flushToDisk(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(`The backup of ${source} failed: ${(error as Error).message}`);
  } finally {
    client.close();
  }
  return { file, bytes: statSync(file).size };
}

function looksLikeSqlite(file: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString("latin1") === SQLITE_HEADER;
}

/** Throws unless `file` is an SQLite database that passes `PRAGMA integrity_check` and holds the site's tables. */
export async function checkBackup(file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`There is no file at ${file}.`);
  if (statSync(file).size === 0 || !looksLikeSqlite(file)) {
    throw new BackupError(`${file} is not an SQLite database.`);
  }
  const client = createClient({ url: `file:${file}` });
  try {
    const check = await client.execute("PRAGMA integrity_check");
    const problems = check.rows.map((row) => String(row[0])).filter((r) => r !== "ok");
    if (problems.length > 0) {
      throw new BackupError(
        `${file} failed SQLite's integrity check: ${problems.slice(0, 3).join("; ")}`,
      );
    }
    const tables = await client.execute(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('users', 'reviews')",
    );
    if (Number(tables.rows[0]?.[0]) !== 2) {
      throw new BackupError(`${file} is an SQLite database, but not one of this site's.`);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} could not be read as a database: ${(error as Error).message}`);
  } finally {
    client.close();
  }
}

/** The ids of processes (this one included) holding `file` open, as Linux's /proc tells; null elsewhere. */
export function processesWithOpen(file: string): number[] | null {
  if (!existsSync("/proc/self/fd")) return null;
  const wanted = new Set([resolve(file), `${resolve(file)}-wal`]);
  const pids: number[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fds = readdirSync(`/proc/${pid}/fd`);
      if (fds.some((fd) => wanted.has(readlinkSafe(`/proc/${pid}/fd/${fd}`))))
        pids.push(Number(pid));
    } catch {
      // Another user's process, or one that just ended.
    }
  }
  return pids;
}

function readlinkSafe(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "";
  }
}

/**
 * Puts a checked backup in place of `target`, keeping the database it replaces beside it
 * (`<name>.before-restore-<stamp>.db`, with its log). A database a running process holds open is
 * refused: the site would go on writing to the old file.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  { now = clockNow() } = {},
): Promise<{ keptAs: string | null; unchecked: boolean }> {
  await checkBackup(backup);
  const holders = processesWithOpen(target);
  if (holders && holders.length > 0) {
    throw new BackupError(
      `${target} is open in process ${holders.join(", ")}: stop the site first, then restore.`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  copyFileSync(backup, incoming);
  let keptAs: string | null = null;
  if (existsSync(target)) {
    keptAs = join(dirname(target), `${basename(target, ".db")}.before-restore-${stamp(now)}.db`);
    // Its log goes with it, so the kept copy has every write it had.
    for (const suffix of ["", "-wal", "-shm"]) {
      if (existsSync(target + suffix)) renameSync(target + suffix, keptAs + suffix);
    }
  }
  renameSync(incoming, target);
  return { keptAs, unchecked: holders === null };
}
