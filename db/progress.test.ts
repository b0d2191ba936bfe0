import { describe, expect, it } from "vitest";
import { Progress } from "@/scripts/progress";

describe("Progress", () => {
  function harness(tty: boolean) {
    let now = 0;
    const chunks: string[] = [];
    const progress = new Progress({
      stream: { write: (chunk: string) => chunks.push(chunk), columns: 200 },
      tty,
      clock: () => now,
    });
    return { progress, chunks, tick: (ms: number) => (now += ms) };
  }

  it("prints one line per phase, and one every few seconds, when not on a terminal", () => {
    const { progress, chunks, tick } = harness(false);
    for (let done = 0; done <= 1000; done += 10) {
      progress.update({
        phase: "comments",
        done,
        total: 1000,
        overallDone: done,
        overallTotal: 2000,
      });
      tick(100);
    }
    progress.update({ phase: "likes", done: 500, total: 500 });
    const text = chunks.join("");
    expect(text).not.toContain("\r");
    const lines = text.trimEnd().split("\n");
    // 10 seconds of comments: a progress line at 5 s, the phase's own line at 10 s, then likes.
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\[ 25% after 5\.0s\] comments: 500\/1,000 rows \(50%\)/);
    expect(lines[1]).toMatch(/comments: 1,000 rows in 10s \(100 rows\/s\)/);
    expect(lines[2]).toMatch(/likes: 500 rows/);
  });

  it("redraws in place at most every 100 ms on a terminal", () => {
    const { progress, chunks, tick } = harness(true);
    for (let done = 0; done < 1000; done += 1) {
      progress.update({ phase: "scores", done, total: 1000 });
      tick(10);
    }
    progress.update({ phase: "scores", done: 1000, total: 1000 });
    const redraws = chunks.filter((c) => c.startsWith("\r"));
    expect(redraws.length).toBeGreaterThan(90);
    expect(redraws.length).toBeLessThan(110);
    expect(chunks.join("").match(/\n/g)).toHaveLength(1);
  });
});
