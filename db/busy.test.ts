import { describe, expect, it } from "vitest";
import { isBusy, queueWrite, retryWhileBusy } from "./busy.mjs";

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
