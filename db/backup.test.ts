import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { BackupError, backupDatabase, checkBackup, databaseFile, restoreDatabase } from "./backup";
import { connect } from "./client";
import { users } from "./schema";
import { openTestDatabase } from "./testing";

await openTestDatabase();
const live = databaseFile(env.DATABASE_URL);
const dir = mkdtempSync(join(tmpdir(), "es-backup-"));

/**
 * Another process inserting readers one by one, as a running site would, saying after each
 * commit how many are stored: the rows it has reported are acknowledged writes.
 */
function writerProcess(file: string, rows: number) {
  const script = `
    const { createClient } = await import("@libsql/client");
    const client = createClient({ url: ${JSON.stringify(`file:${file}`)} });
    await client.execute("PRAGMA busy_timeout = 5000");
    for (let i = 0; i < ${rows}; i++) {
      await client.execute({
        sql: "INSERT INTO users (id, name, email) VALUES (?, ?, ?)",
        args: [crypto.randomUUID(), "Writer " + i, "writer" + i + "@backup.test"],
      });
      process.stdout.write(i + 1 + "\\n");
    }
    client.close();`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
  let acknowledged = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    acknowledged = Number(chunk.toString().trim().split("\n").at(-1));
  });
  const done = new Promise<void>((ok, fail) =>
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`writer exited ${code}`)))),
  );
  return { acknowledged: () => acknowledged, done };
}

describe("backups", () => {
  it("copies a consistent database while writes keep coming, and restores it", async () => {
    const writer = writerProcess(live, 1500);
    while (writer.acknowledged() < 100) await new Promise((r) => setTimeout(r, 5));
    const acknowledged = writer.acknowledged();
    const { file, bytes } = await backupDatabase(live, dir);
    const during = writer.acknowledged();
    await writer.done;
    // The copy was taken while the writer was still going.
    expect(during).toBeLessThan(1500);
    expect(file).toMatch(/test-\d{8}-\d{6}\.db$/);
    expect(bytes).toBeGreaterThan(0);
    await checkBackup(file);

    const copy = connect(`file:${file}`);
    const [copied] = await copy.db
      .select({ n: count() })
      .from(users)
      .where(like(users.email, "%@backup.test"));
    copy.client.close();
    expect(copied!.n).toBeGreaterThanOrEqual(acknowledged);
    expect(copied!.n).toBeLessThan(1500);

    // Into a fresh place, as on a new server; a second restore keeps what it replaces.
    const target = join(dir, "fresh", "site.db");
    expect(await restoreDatabase(file, target)).toEqual({ keptAs: null, unchecked: false });
    const again = await restoreDatabase(file, target);
    expect(again.keptAs).toMatch(/site\.before-restore-\d{8}-\d{6}\.db$/);
    // The site's own data layer reads it.
    const restored = connect(`file:${target}`);
    expect(await restored.db.$count(users, like(users.email, "%@backup.test"))).toBe(copied!.n);
    expect(await restored.db.query.reviews.findFirst()).toBeDefined();
    restored.client.close();
  }, 120_000);

  it("never leaves a partial copy under a backup's name when killed midway", async () => {
    // A database big enough that VACUUM INTO takes a while, of no concern to the site.
    const big = join(dir, "big.db");
    const client = connect(`file:${big}`).client;
    await client.execute("CREATE TABLE filler (bytes BLOB)");
    await client.execute(`INSERT INTO filler SELECT randomblob(4000) FROM
      (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 15000) SELECT i FROM n)`);
    client.close();
    const out = mkdtempSync(join(tmpdir(), "es-backup-killed-"));

    // npm run db:backup, as one process, killed as soon as it starts writing.
    const backup = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/db-backup.ts", "--dir", out],
      {
        env: { ...process.env, DATABASE_URL: `file:${big}` },
      },
    );
    let printed = "";
    backup.stdout.on("data", (chunk: Buffer) => (printed += chunk));
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      backup.on("exit", (_code, signal) => done(signal)),
    );
    const watcher = watch(out, () => backup.kill("SIGKILL"));
    const signal = await exited;
    watcher.close();

    // It was killed before it finished: what it wrote is named as unfinished, not as a backup.
    expect(signal).toBe("SIGKILL");
    expect(printed).not.toContain("Wrote");
    const left = readdirSync(out);
    expect(left).toContainEqual(expect.stringMatching(/^big-\d{8}-\d{6}\.db\.partial$/));
    expect(left.filter((name) => name.endsWith(".db"))).toEqual([]);
    // Left alone, a backup is renamed to its name once whole: SQLite's integrity check passes.
    const { file } = await backupDatabase(big, out, new Date(0));
    expect(file).toMatch(/big-19700101-000000\.db$/);
    await expect(checkBackup(file)).rejects.toThrow("not one of this site's");
  }, 120_000);

  it("refuses what is not a sound backup of this site, with a reason", async () => {
    const text = join(dir, "notes.db");
    writeFileSync(text, "not a database");
    await expect(checkBackup(join(dir, "missing.db"))).rejects.toThrow("There is no file at");
    await expect(checkBackup(text)).rejects.toThrow("is not an SQLite database");
    const other = join(dir, "other.db");
    const client = connect(`file:${other}`).client;
    await client.execute("CREATE TABLE t (x)");
    client.close();
    await expect(checkBackup(other)).rejects.toThrow("not one of this site's");
    const corrupt = join(dir, "corrupt.db");
    const { file } = await backupDatabase(live, dir, new Date(0));
    const bytes = readFileSync(file);
    bytes.fill(0xff, 4096 * 2, 4096 * 6);
    writeFileSync(corrupt, bytes);
    await expect(checkBackup(corrupt)).rejects.toBeInstanceOf(BackupError);
  });

  it("refuses to replace a database that is open, and explains a server address", async () => {
    const { file } = await backupDatabase(live, dir, new Date(1000));
    await expect(restoreDatabase(file, live)).rejects.toThrow(
      `${live} is open in process ${process.pid}: stop the site first`,
    );
    expect(() => databaseFile("http://127.0.0.1:8080")).toThrow("libSQL server");
  });
});
