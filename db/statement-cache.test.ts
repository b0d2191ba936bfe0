import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "libsql";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  createLocalClient,
  keepingStatements,
  keptStatements,
  MAX_STATEMENTS,
} from "./statement-cache.mjs";

const dir = mkdtempSync(join(tmpdir(), "es-statements-"));
const url = `file:${join(dir, "site.db")}`;
const client = createLocalClient({ url, concurrency: 1 });
const other = createLocalClient({ url, concurrency: 1 });

afterAll(() => {
  client.close();
  other.close();
});

const insert = "INSERT INTO notes (title, body) VALUES (?, ?)";
const titles = async (from = 0) =>
  (
    await client.execute({ sql: "SELECT title FROM notes WHERE id > ? ORDER BY id", args: [from] })
  ).rows.map((row) => row.title);

describe("statements kept by their text", () => {
  it("hands a connection the statement it prepared before, and a fresh one once dropped", () => {
    const connection = new Database(":memory:");
    // Its first statement decides whether a connection keeps them.
    const first = keepingStatements(() => connection.prepare("SELECT 1"));
    expect(connection.prepare("SELECT 1")).toBe(first);
    for (let i = 0; i < MAX_STATEMENTS; i++) connection.prepare(`SELECT ${i + 2}`);
    expect(keptStatements(connection)).toBe(MAX_STATEMENTS);
    expect(connection.prepare("SELECT 1")).not.toBe(first);
    connection.close();
  });

  it("keeps them for a client opened through a second copy of the module, as in a bundle", async () => {
    vi.resetModules();
    const copy = await import("./statement-cache.mjs");
    expect(copy.createLocalClient).not.toBe(createLocalClient);
    const connection = new Database(":memory:");
    const first = copy.keepingStatements(() => connection.prepare("SELECT 1"));
    expect(connection.prepare("SELECT 1")).toBe(first);
    connection.close();
  });

  it("leaves every other connection preparing each statement anew, as a replica must", () => {
    const connection = new Database(":memory:");
    expect(connection.prepare("SELECT 1")).not.toBe(connection.prepare("SELECT 1"));
    expect(keptStatements(connection)).toBe(0);
    connection.close();
  });

  it("runs the same text again with other arguments, results and counts its own", async () => {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute(
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT UNIQUE, body TEXT NOT NULL)",
    );
    const a = await client.execute({ sql: insert, args: ["a", "{}"] });
    const b = await client.execute({ sql: insert, args: ["b", "not json"] });
    expect([a.lastInsertRowid, b.lastInsertRowid]).toEqual([1n, 2n]);
    expect(await titles()).toEqual(["a", "b"]);
    expect(await titles(1)).toEqual(["b"]);
    const update = "UPDATE notes SET body = body WHERE id > ?";
    expect((await client.execute({ sql: update, args: [0] })).rowsAffected).toBe(2);
    expect((await client.execute({ sql: update, args: [1] })).rowsAffected).toBe(1);
  });

  it("is usable again after it failed, in a batch or half-way through its rows", async () => {
    const failing = client.batch(
      [
        { sql: insert, args: ["c", "{}"] },
        { sql: insert, args: ["a", "{}"] },
      ],
      "write",
    );
    await expect(failing).rejects.toMatchObject({ code: "SQLITE_CONSTRAINT" });
    await client.batch([{ sql: insert, args: ["c", "{}"] }], "write");
    expect(await titles()).toEqual(["a", "b", "c"]);

    // The second row's body is not JSON: the statement fails after its first row.
    const parse = { sql: "SELECT json(body) AS body FROM notes WHERE id >= ?", args: [1] };
    await expect(client.execute(parse)).rejects.toMatchObject({ code: "SQLITE_ERROR" });
    expect((await client.execute({ ...parse, args: [3] })).rows).toEqual([
      expect.objectContaining({ body: "{}" }),
    ]);
  });

  it("holds no read open: another connection's writes show, and the log checkpoints", async () => {
    await other.execute({ sql: insert, args: ["d", "{}"] });
    expect(await titles(2)).toEqual(["c", "d"]);
    await other.execute({ sql: insert, args: ["e", "{}"] });
    expect(await titles(2)).toEqual(["c", "d", "e"]);
    const [checkpoint] = (await other.execute("PRAGMA wal_checkpoint(TRUNCATE)")).rows;
    expect(checkpoint).toMatchObject({ busy: 0 });
  });
});
