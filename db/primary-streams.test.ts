import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LibsqlBatchError } from "@libsql/client";
import { startTestSqld } from "@/lib/testing/sqld";
import { openStreams } from "./primary-streams.mjs";
import { primaryWsUrl } from "./replica.mjs";

// The primary's client over kept streams, against a real sqld. last_insert_rowid() belongs to
// the SQLite connection sqld opened for a stream: it shows which calls shared one.

let sqld: Awaited<ReturnType<typeof startTestSqld>>;

const open = () => openStreams({ url: primaryWsUrl(sqld.url) });

beforeAll(async () => {
  sqld = await startTestSqld();
  const client = open();
  await client.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT UNIQUE)");
  client.close();
}, 60_000);

afterAll(async () => {
  await sqld?.stop();
  sqld?.remove();
});

const lastInsert = async (client: ReturnType<typeof open>) =>
  Number((await client.execute("SELECT last_insert_rowid() AS id")).rows[0]?.id);

describe("the primary's client over kept streams", () => {
  it("runs one call after another on the same connection, a refused statement included", async () => {
    const client = open();
    const { lastInsertRowid } = await client.execute({
      sql: "INSERT INTO notes (body) VALUES (?)",
      args: ["first"],
    });
    await expect(
      client.execute({ sql: "INSERT INTO notes (body) VALUES (?)", args: ["first"] }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) });
    expect(await lastInsert(client)).toBe(Number(lastInsertRowid));
    client.close();
  });

  it("gives calls under way at once streams of their own, and keeps them for the next", async () => {
    const client = open();
    const inserted = await Promise.all(
      ["at once, a", "at once, b"].map((body) =>
        client.execute({ sql: "INSERT INTO notes (body) VALUES (?)", args: [body] }),
      ),
    );
    const ids = inserted.map((result) => Number(result.lastInsertRowid));
    expect(new Set(ids).size).toBe(2);
    const seen = await Promise.all([lastInsert(client), lastInsert(client)]);
    expect(seen.sort()).toEqual(ids.sort());
    client.close();
  });

  it("answers a batch as @libsql/client does: all or nothing, and which statement failed", async () => {
    const client = open();
    await client.execute("CREATE TABLE IF NOT EXISTS shelf (slug TEXT PRIMARY KEY)");
    const refused = await client
      .batch(
        [
          { sql: "INSERT INTO shelf VALUES (?)", args: ["once"] },
          { sql: "INSERT INTO shelf VALUES (?)", args: ["once"] },
        ],
        "write",
      )
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LibsqlBatchError);
    expect(refused).toMatchObject({ statementIndex: 1, message: expect.stringMatching(/UNIQUE/) });
    const [inserted, counted] = await client.batch(
      [
        { sql: "INSERT INTO shelf VALUES (?) RETURNING slug", args: ["twice"] },
        "SELECT count(*) AS n FROM shelf",
      ],
      "write",
    );
    expect(inserted?.rows[0]?.slug).toBe("twice");
    expect(counted?.rows[0]?.n).toBe(1);
    client.close();
  });

  it("opens a new connection after reconnect, and refuses calls once closed", async () => {
    const client = open();
    await client.execute({ sql: "INSERT INTO notes (body) VALUES (?)", args: ["before"] });
    expect(await lastInsert(client)).toBeGreaterThan(0);
    await client.reconnect();
    expect(await lastInsert(client)).toBe(0);
    client.close();
    expect(client.closed).toBe(true);
    await expect(client.execute("SELECT 1")).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
  });
});
