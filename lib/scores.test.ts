import { describe, expect, it } from "vitest";
import {
  averageTenths,
  barPercent,
  bucketIndex,
  bucketLabel,
  closenessToCritic,
  describeDifference,
  formatMeanTenths,
  histogramFromScores,
  histogramModes,
  histogramPeak,
  isHalfStepTenths,
  normaliseHistogram,
  parseScoreInput,
  picksLabel,
  readersLabel,
  readersFavouriteIds,
  SCORE_STEPS,
  scoreDifference,
  shortDifference,
} from "./scores";

describe("half-step scores", () => {
  it("accepts 0, 0.5 … 10 as text or numbers, in tenths", () => {
    expect(SCORE_STEPS).toHaveLength(21);
    for (let i = 0; i <= 20; i++) {
      const points = i / 2;
      expect(parseScoreInput(String(points))).toBe(i * 5);
      expect(parseScoreInput(points)).toBe(i * 5);
      expect(isHalfStepTenths(i * 5)).toBe(true);
    }
    expect(parseScoreInput("8.50")).toBe(85);
    expect(parseScoreInput(" 7 ")).toBe(70);
    expect(parseScoreInput("10.0")).toBe(100);
  });

  it("rejects anything else", () => {
    for (const bad of [
      "10.5",
      "-0.5",
      "3.3",
      "abc",
      "",
      " ",
      "NaN",
      "1e1",
      "0x5",
      "8,5",
      "11",
      null,
      undefined,
      {},
      10.5,
      -0.5,
      3.3,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(parseScoreInput(bad), String(bad)).toBeNull();
    }
    for (const bad of [-5, 3, 33, 105, 8.5, Number.NaN, "85"]) {
      expect(isHalfStepTenths(bad), String(bad)).toBe(false);
    }
  });
});

describe("averages and differences", () => {
  it("rounds the readers' average to whole tenths and has none without scores", () => {
    expect(averageTenths(0, 0)).toBeNull();
    expect(averageTenths(1, 85)).toBe(85);
    expect(averageTenths(3, 85 + 80 + 80)).toBe(82); // 81.67
    expect(averageTenths(142, 142 * 81 + 20)).toBe(81);
  });

  it("describes a difference from the reader's side", () => {
    expect(scoreDifference(85, 90)).toBe(-5);
    expect(describeDifference(scoreDifference(85, 90), "the critic")).toBe("0.5 below the critic");
    expect(describeDifference(scoreDifference(85, 81), "readers")).toBe("0.4 above readers");
    expect(describeDifference(0, "the critic")).toBe("level with the critic");
    expect(describeDifference(100, "readers")).toBe("10.0 above readers");
    expect(describeDifference(-6.67, "the critic")).toBe("0.7 below the critic");
    expect(describeDifference(0.4, "the critic")).toBe("level with the critic");
    expect(formatMeanTenths(-6.67)).toBe("0.7");
    expect(formatMeanTenths(8)).toBe("0.8");
    expect(shortDifference(-1)).toBe("0.1 below");
    expect(shortDifference(21)).toBe("2.1 above");
    expect(shortDifference(0)).toBe("same");
  });
});

describe("histograms", () => {
  it("puts each half step in its own bucket", () => {
    expect(bucketIndex(0)).toBe(0);
    expect(bucketIndex(85)).toBe(17);
    expect(bucketIndex(100)).toBe(20);
    expect(() => bucketIndex(33)).toThrow(RangeError);
    expect(bucketLabel(0)).toBe("0.0");
    expect(bucketLabel(17)).toBe("8.5");
    expect(bucketLabel(20)).toBe("10.0");
    const h = histogramFromScores([85, 85, 0, 100, 70]);
    expect(h).toHaveLength(21);
    expect(h[17]).toBe(2);
    expect(h[0]).toBe(1);
    expect(h[20]).toBe(1);
    expect(h[14]).toBe(1);
    expect(h.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it("reads whatever JSON was stored as 21 counts", () => {
    expect(normaliseHistogram(null)).toEqual(Array(21).fill(0));
    expect(normaliseHistogram("nonsense")).toEqual(Array(21).fill(0));
    const short = normaliseHistogram([1, 2, -3, "4", 1.5]);
    expect(short).toHaveLength(21);
    expect(short.slice(0, 6)).toEqual([1, 2, 0, 0, 0, 0]);
    expect(normaliseHistogram(Array(30).fill(2))).toEqual(Array(21).fill(2));
  });

  it("scales bars to the tallest and names the most common scores", () => {
    const h = histogramFromScores([85, 85, 90, 90, 40]);
    expect(histogramPeak(h)).toBe(2);
    expect(barPercent(1, 2)).toBe(50);
    expect(barPercent(0, 0)).toBe(0);
    expect(barPercent(3, 3)).toBe(100);
    expect(histogramModes(h)).toEqual([85, 90]);
    expect(histogramModes(Array(21).fill(0))).toEqual([]);
  });
});

describe("closeness to the critic", () => {
  const rows = [
    { slug: "a", score: 70, criticScore: 91 }, // -21
    { slug: "b", score: 80, criticScore: 78 }, // +2
    { slug: "c", score: 85, criticScore: 86 }, // -1
    { slug: "d", score: 90, criticScore: null }, // no critic score: left out
    { slug: "e", score: 60, criticScore: 60 }, // agreement: not a disagreement
  ];

  it("averages the absolute and signed differences over soundtracks both scored", () => {
    const c = closenessToCritic(rows)!;
    expect(c.count).toBe(4);
    expect(c.meanAbsolute).toBeCloseTo(24 / 4);
    expect(c.meanSigned).toBeCloseTo(-20 / 4);
    expect(describeDifference(c.meanSigned, "the critic")).toBe("0.5 below the critic");
  });

  it("lists the three biggest disagreements, biggest first, leaving out agreements", () => {
    const c = closenessToCritic(rows)!;
    expect(c.biggest.map((r) => [r.slug, r.difference])).toEqual([
      ["a", -21],
      ["b", 2],
      ["c", -1],
    ]);
    expect(closenessToCritic(rows, 1)!.biggest.map((r) => r.slug)).toEqual(["a"]);
    expect(closenessToCritic([{ score: 50, criticScore: 50 }])).toMatchObject({
      count: 1,
      meanAbsolute: 0,
      meanSigned: 0,
      biggest: [],
    });
  });

  it("has nothing to say without a soundtrack both scored", () => {
    expect(closenessToCritic([])).toBeNull();
    expect(closenessToCritic([{ score: 50, criticScore: null }])).toBeNull();
  });
});

describe("readers' favourite tracks", () => {
  it("marks the most picked tracks, all of them on a tie, none at zero", () => {
    const t = (id: number, favouriteCount: number) => ({ id, favouriteCount });
    expect(readersFavouriteIds([t(1, 2), t(2, 5), t(3, 1)])).toEqual(new Set([2]));
    expect(readersFavouriteIds([t(1, 4), t(2, 4), t(3, 1)])).toEqual(new Set([1, 2]));
    expect(readersFavouriteIds([t(1, 0), t(2, 0)])).toEqual(new Set());
    expect(readersFavouriteIds([])).toEqual(new Set());
    expect(picksLabel(1)).toBe("1 reader picked this");
    expect(picksLabel(0)).toBe("0 readers picked this");
    expect(readersLabel(1)).toBe("1 reader");
    expect(readersLabel(12)).toBe("12 readers");
  });
});
