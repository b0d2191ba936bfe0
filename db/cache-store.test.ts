import { describe, expect, it } from "vitest";
import { coalesceExpiries } from "./cache-store.mjs";

/** A write that waits until `finish` is called, recording what it was given. */
function pausedWrites() {
  const calls: [string, number][][] = [];
  const finishers: ((error?: Error) => void)[] = [];
  const write = (entries: [string, number][]) =>
    new Promise<void>((done, fail) => {
      calls.push(entries);
      finishers.push((error) => (error ? fail(error) : done()));
    });
  return { calls, write, finish: (i: number, error?: Error) => finishers[i]!(error) };
}

/** A few turns of the event loop: what was scheduled has begun. */
const turn = async () => {
  for (let i = 0; i < 3; i++) await new Promise((done) => setImmediate(done));
};

describe("invalidations asked together, or while one is being written", () => {
  it("go to the database in one write for those of one turn of the event loop", async () => {
    const { calls, write, finish } = pausedWrites();
    const expire = coalesceExpiries(write);
    const asked = [expire(["scores:1", "profile:a"], 100), expire(["scores:2", "profile:a"], 110)];
    expect(calls).toEqual([]);
    await turn();
    expect(calls).toEqual([
      [
        ["scores:1", 100],
        ["profile:a", 110],
        ["scores:2", 110],
      ],
    ]);
    finish(0);
    await Promise.all(asked);
  });

  it("go to the database together, in one write, once the one under way is done", async () => {
    const { calls, write, finish } = pausedWrites();
    const expire = coalesceExpiries(write);
    const first = expire(["scores:1", "profile:a"], 100);
    await turn();
    const second = expire(["scores:2"], 110);
    const third = expire(["comments:1", "profile:b"], 120);
    await turn();
    expect(calls).toEqual([
      [
        ["scores:1", 100],
        ["profile:a", 100],
      ],
    ]);
    finish(0);
    await first;
    await turn();
    expect(calls[1]).toEqual([
      ["scores:2", 110],
      ["comments:1", 120],
      ["profile:b", 120],
    ]);
    expect(calls).toHaveLength(2);
    finish(1);
    await expect(Promise.all([second, third])).resolves.toBeDefined();
  });

  it("keep each tag once, at the latest time asked", async () => {
    const { calls, write, finish } = pausedWrites();
    const expire = coalesceExpiries(write);
    const first = expire(["reader-ranking"], 100);
    await turn();
    const later = [expire(["reader-ranking"], 130), expire(["reader-ranking"], 120)];
    finish(0);
    await first;
    await turn();
    expect(calls[1]).toEqual([["reader-ranking", 130]]);
    finish(1);
    await Promise.all(later);
  });

  it("fail with the write that took them, and the next ones are written all the same", async () => {
    const { calls, write, finish } = pausedWrites();
    const expire = coalesceExpiries(write);
    const first = expire(["scores:1"], 100);
    await turn();
    const second = expire(["scores:2"], 110);
    finish(0, new Error("SQLITE_IOERR"));
    await expect(first).rejects.toThrow("SQLITE_IOERR");
    await turn();
    expect(calls[1]).toEqual([["scores:2", 110]]);
    finish(1);
    await expect(second).resolves.toBeUndefined();
    const third = expire(["scores:3"], 140);
    await turn();
    expect(calls[2]).toEqual([["scores:3", 140]]);
    finish(2);
    await third;
  });
});
