import { describe, expect, it } from "vitest";
import { agreement, agreementOf, biggestAgreements, MIN_IN_COMMON, type ScorePair } from "./taste";

const pairs = (list: [number, number][]): ScorePair[] =>
  list.map(([a, b], i) => ({ soundtrackId: i + 1, a, b }));

const swapped = (list: ScorePair[]) =>
  list.map(({ soundtrackId, a, b }) => ({ soundtrackId, a: b, b: a }));

describe("agreement between two readers", () => {
  it("is 100% for identical scores", () => {
    const same = pairs([
      [80, 80],
      [35, 35],
      [100, 100],
      [0, 0],
      [65, 65],
    ]);
    expect(agreement(same)).toEqual({
      kind: "figure",
      percent: 100,
      inCommon: 5,
      meanGapTenths: 0,
    });
  });

  it("is 0% for opposite scores, 0 against 10 everywhere", () => {
    const opposite = pairs([
      [0, 100],
      [100, 0],
      [0, 100],
      [100, 0],
      [0, 100],
      [100, 0],
    ]);
    expect(agreement(opposite)).toMatchObject({ kind: "figure", percent: 0, inCommon: 6 });
  });

  it("says there are too few in common below the minimum, however alike", () => {
    const few = pairs(
      Array.from({ length: MIN_IN_COMMON - 1 }, () => [70, 70] as [number, number]),
    );
    expect(agreement(few)).toEqual({
      kind: "too-few",
      inCommon: MIN_IN_COMMON - 1,
      needed: MIN_IN_COMMON,
    });
    expect(agreement([])).toEqual({ kind: "too-few", inCommon: 0, needed: MIN_IN_COMMON });
    const enough = pairs(Array.from({ length: MIN_IN_COMMON }, () => [70, 70] as [number, number]));
    expect(agreement(enough).kind).toBe("figure");
  });

  it("counts half points: a half-point gap everywhere is 95%", () => {
    const half = pairs([
      [80, 85],
      [35, 30],
      [100, 95],
      [0, 5],
      [65, 60],
    ]);
    expect(agreement(half)).toMatchObject({ percent: 95, meanGapTenths: 5 });
    // Gaps of 0, 0.5, 1, 1.5 and 2 points: 1 point on average.
    const mixed = pairs([
      [50, 50],
      [50, 55],
      [50, 60],
      [50, 65],
      [50, 70],
    ]);
    expect(agreement(mixed)).toMatchObject({ percent: 90, meanGapTenths: 10 });
  });

  it("rounds to a whole percent", () => {
    // Gaps 0.5, 0, 0, 0, 0, 0 points: 0.0833 points on average, 99.17%.
    const list = pairs([
      [80, 85],
      [40, 40],
      [60, 60],
      [70, 70],
      [90, 90],
      [20, 20],
    ]);
    expect(agreement(list)).toMatchObject({ percent: 99, inCommon: 6 });
  });

  it("does not depend on which reader comes first", () => {
    const list = pairs([
      [80, 30],
      [35, 90],
      [100, 95],
      [0, 5],
      [65, 60],
      [45, 45],
      [10, 70],
    ]);
    expect(agreement(swapped(list))).toEqual(agreement(list));
  });

  it("refuses what is not a score in half steps, and a soundtrack twice", () => {
    expect(() => agreement(pairs([[81, 80]]))).toThrow(RangeError);
    expect(() => agreement(pairs([[80, 105]]))).toThrow(RangeError);
    expect(() =>
      agreement([
        { soundtrackId: 1, a: 50, b: 50 },
        { soundtrackId: 1, a: 60, b: 60 },
      ]),
    ).toThrow(RangeError);
  });

  it("is the same figure from the sums a query adds up", () => {
    const list = pairs([
      [80, 30],
      [35, 90],
      [100, 95],
      [0, 5],
      [65, 60],
    ]);
    const gapSum = list.reduce((sum, { a, b }) => sum + Math.abs(a - b), 0);
    expect(agreementOf(list.length, gapSum)).toEqual(agreement(list));
  });
});

describe("the biggest agreements and disagreements", () => {
  const list: ScorePair[] = [
    { soundtrackId: 1, a: 80, b: 80 },
    { soundtrackId: 2, a: 20, b: 20 },
    { soundtrackId: 3, a: 90, b: 10 },
    { soundtrackId: 4, a: 50, b: 55 },
    { soundtrackId: 5, a: 30, b: 80 },
    { soundtrackId: 6, a: 100, b: 100 },
    { soundtrackId: 7, a: 70, b: 20 },
  ];
  const ids = (found: ScorePair[]) => found.map((pair) => pair.soundtrackId);

  it("puts the closest first, a shared high score before a shared low one", () => {
    const { agreements } = biggestAgreements(list, 4);
    expect(ids(agreements)).toEqual([6, 1, 2, 4]);
  });

  it("puts the widest gap first, and never an identical score among disagreements", () => {
    const { disagreements } = biggestAgreements(list, 10);
    // Gaps: 3 → 80, 5 and 7 → 50 (by soundtrack), 4 → 5; 1, 2 and 6 agree exactly.
    expect(ids(disagreements)).toEqual([3, 5, 7, 4]);
  });

  it("keeps to the limit and gives the same lists whichever reader comes first", () => {
    const one = biggestAgreements(list, 2);
    expect(one.agreements).toHaveLength(2);
    expect(one.disagreements).toHaveLength(2);
    const other = biggestAgreements(swapped(list), 2);
    expect(ids(other.agreements)).toEqual(ids(one.agreements));
    expect(ids(other.disagreements)).toEqual(ids(one.disagreements));
  });
});
