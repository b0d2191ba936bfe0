import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { isBusy, queueWrite, retryWhileBusy } from "./busy.mjs";
import { connect } from "./client";

const busy = () =>
  Object.assign(new Error("SQLITE_BUSY: database is locked"), { code: "SQLITE_BUSY" });

describe("writes while the database is busy", () => {
  it("are tried again until they go through", async () => {
    let calls = 0;
    const result = await retryWhileBusy(async () => {
      calls += 1;
      if (calls < 4) throw busy();
      return "written";
    });
    expect(result).toBe("written");
    expect(calls).toBe(4);
  });

  it("give up on any other error at once, and on busy after the last try", async () => {
    let calls = 0;
    const other = retryWhileBusy(async () => {
      calls += 1;
      throw new Error("SQLITE_CONSTRAINT: UNIQUE constraint failed");
    });
    await expect(other).rejects.toThrow("SQLITE_CONSTRAINT");
    expect(calls).toBe(1);
    await expect(retryWhileBusy(async () => Promise.reject(busy()))).rejects.toSatisfy(isBusy);
  });

  it("wait their turn: at most two of a process's writes are under way at once", async () => {
    let under = 0;
    let most = 0;
    const write = () =>
      queueWrite(async () => {
        under += 1;
        most = Math.max(most, under);
        await new Promise((done) => setImmediate(done));
        under -= 1;
      });
    await Promise.all(Array.from({ length: 12 }, write));
    expect(most).toBe(2);
  });
});

describe("the app's client", () => {
  it("runs reads and queued writes in both forms of execute, arguments included", async () => {
    const { client } = connect(env.DATABASE_URL);
    await client.execute("CREATE TABLE IF NOT EXISTS busy_forms (x INTEGER)");
    await client.execute("INSERT INTO busy_forms VALUES (?)", [7]);
    await client.execute({ sql: "INSERT INTO busy_forms VALUES (?)", args: [8] });
    const read = await client.execute("SELECT x FROM busy_forms WHERE x >= ? ORDER BY x", [7]);
    expect(read.rows.map((row) => row.x)).toEqual([7, 8]);
    client.close();
  });
});
