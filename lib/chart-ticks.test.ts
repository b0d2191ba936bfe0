import { describe, expect, it } from "vitest";
import { axisShare, countAxis, durationAxis, MAX_INTERVALS } from "./chart-ticks";
import { formatDuration } from "./duration";

describe("countAxis", () => {
  it("counts in ones while a few readers fit", () => {
    expect(countAxis(1).ticks).toEqual([0, 1]);
    expect(countAxis(3).ticks).toEqual([0, 1, 2, 3]);
    expect(countAxis(5).ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("moves to twos, fives, tens and on, always past the largest count", () => {
    expect(countAxis(6).ticks).toEqual([0, 2, 4, 6]);
    expect(countAxis(7).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(countAxis(11).ticks).toEqual([0, 5, 10, 15]);
    expect(countAxis(23).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countAxis(48).ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(countAxis(100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(countAxis(101).ticks).toEqual([0, 50, 100, 150]);
    expect(countAxis(12_345).ticks).toEqual([0, 5000, 10_000, 15_000]);
  });

  it("never has more than five intervals, and its top is its last tick", () => {
    for (let max = 1; max <= 5000; max += 7) {
      const axis = countAxis(max);
      expect(axis.ticks.length - 1).toBeLessThanOrEqual(MAX_INTERVALS);
      expect(axis.top).toBe(axis.ticks.at(-1));
      expect(axis.top).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.every((t) => Number.isInteger(t))).toBe(true);
    }
  });

  it("gives an empty or broken count one step, so nothing divides by zero", () => {
    expect(countAxis(0).ticks).toEqual([0, 1]);
    expect(countAxis(-3).ticks).toEqual([0, 1]);
    expect(countAxis(Number.NaN).ticks).toEqual([0, 1]);
    expect(countAxis(2.4).ticks).toEqual([0, 1, 2, 3]);
  });
});

describe("durationAxis", () => {
  const labels = (seconds: number) => durationAxis(seconds).ticks.map(formatDuration);

  it("ticks round minutes for a film score's tracks", () => {
    expect(labels(445)).toEqual(["0:00", "2:00", "4:00", "6:00", "8:00"]);
    expect(labels(190)).toEqual(["0:00", "1:00", "2:00", "3:00", "4:00"]);
    expect(labels(300)).toEqual(["0:00", "1:00", "2:00", "3:00", "4:00", "5:00"]);
    expect(labels(721)).toEqual(["0:00", "5:00", "10:00", "15:00"]);
    expect(labels(1501)).toEqual(["0:00", "10:00", "20:00", "30:00"]);
  });

  it("ticks round seconds for short cues and round hours for very long tracks", () => {
    expect(labels(42)).toEqual(["0:00", "0:10", "0:20", "0:30", "0:40", "0:50"]);
    expect(labels(4)).toEqual(["0:00", "0:05"]);
    expect(labels(4 * 3600 + 1)).toEqual([
      "0:00",
      "1:00:00",
      "2:00:00",
      "3:00:00",
      "4:00:00",
      "5:00:00",
    ]);
  });

  it("always reaches past the longest track in at most five intervals", () => {
    for (let seconds = 1; seconds <= 6 * 3600; seconds += 37) {
      const axis = durationAxis(seconds);
      expect(axis.ticks.length - 1).toBeLessThanOrEqual(MAX_INTERVALS);
      expect(axis.top).toBeGreaterThanOrEqual(seconds);
    }
    expect(durationAxis(400 * 3600).top).toBeGreaterThanOrEqual(400 * 3600);
  });

  it("has one step when there is nothing to measure", () => {
    expect(labels(0)).toEqual(["0:00", "0:05"]);
  });
});

describe("axisShare", () => {
  it("places a value between the axis's ends, and no further", () => {
    const axis = countAxis(7);
    expect(axisShare(axis, 4)).toBe(0.5);
    expect(axisShare(axis, 0)).toBe(0);
    expect(axisShare(axis, 20)).toBe(1);
  });
});
