import { describe, expect, it } from "vitest";
import {
  favouriteSpread,
  formatShare,
  median,
  pairsOf,
  placementOf,
  sharedComposers,
  trackMidpoints,
  trackStats,
  weightedMean,
} from "./compare-stats";

const track = (id: number, durationSeconds: number, favouriteCount = 0) => ({
  id,
  title: `Track ${id}`,
  durationSeconds,
  favouriteCount,
});

describe("median and weighted mean", () => {
  it("takes the middle value of an odd count and the mean of the two middle ones of an even count", () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([400, 100, 300, 200])).toBe(250);
    expect(median([42])).toBe(42);
    expect(median([])).toBeNull();
  });

  it("weights each value, and has no mean without weight", () => {
    expect(weightedMean([0, 1], [3, 1])).toBe(0.25);
    expect(weightedMean([0.5, 0.9], [0, 0])).toBeNull();
  });
});

describe("track statistics", () => {
  it("summarises an album: runtime, mean, median, longest and shortest", () => {
    const stats = trackStats([track(1, 60), track(2, 240), track(3, 120), track(4, 180)]);
    expect(stats).toMatchObject({ count: 4, totalSeconds: 600, meanSeconds: 150 });
    expect(stats.medianSeconds).toBe(150);
    expect(stats.longest?.id).toBe(2);
    expect(stats.shortest?.id).toBe(1);
  });

  it("has nothing to average on a soundtrack with no tracks", () => {
    expect(trackStats([])).toEqual({
      count: 0,
      totalSeconds: 0,
      meanSeconds: null,
      medianSeconds: null,
      longest: null,
      shortest: null,
      favourites: [],
      spread: null,
    });
  });

  it("makes the one track of a one-track soundtrack its mean, median, longest and shortest", () => {
    const stats = trackStats([track(7, 95, 2)]);
    expect(stats).toMatchObject({ count: 1, meanSeconds: 95, medianSeconds: 95 });
    expect(stats.longest?.id).toBe(7);
    expect(stats.shortest?.id).toBe(7);
    expect(stats.spread).toEqual({
      picks: 2,
      runtimeShare: 1,
      meanPosition: 0.5,
      placement: "middle",
    });
  });

  it("lists the most picked tracks first, and only tracks someone picked", () => {
    const stats = trackStats([track(1, 60, 1), track(2, 60), track(3, 60, 5), track(4, 60, 2)]);
    expect(stats.favourites.map((t) => t.id)).toEqual([3, 4, 1]);
  });
});

describe("where readers' favourites fall", () => {
  it("places each track by the middle of its running time", () => {
    expect(trackMidpoints([track(1, 100), track(2, 300)])).toEqual([0.125, 0.625]);
    // An album of silent tracks is placed by track order instead.
    expect(trackMidpoints([track(1, 0), track(2, 0)])).toEqual([0.25, 0.75]);
  });

  it("covers the share of the runtime the picked tracks take, whatever their pick counts", () => {
    const spread = favouriteSpread([track(1, 100, 9), track(2, 300), track(3, 100, 1)]);
    expect(spread?.runtimeShare).toBe(0.4);
    expect(formatShare(spread!.runtimeShare)).toBe("40%");
  });

  it("says early when picks cluster at the start and late when at the end", () => {
    const album = (counts: number[]) => counts.map((n, i) => track(i + 1, 120, n));
    expect(favouriteSpread(album([5, 3, 0, 0, 0, 0]))?.placement).toBe("early");
    expect(favouriteSpread(album([0, 0, 0, 0, 1, 4]))?.placement).toBe("late");
    expect(favouriteSpread(album([1, 0, 0, 0, 0, 1]))?.placement).toBe("middle");
  });

  it("weights a long track's position by its picks, not by its length", () => {
    // One pick of a long opening track, three of a short closer: late.
    const spread = favouriteSpread([track(1, 600, 1), track(2, 60), track(3, 60, 3)]);
    expect(spread?.meanPosition).toBeGreaterThan(2 / 3);
    expect(spread?.picks).toBe(4);
  });

  it("has no spread when nobody picked a track", () => {
    expect(favouriteSpread([track(1, 60), track(2, 60)])).toBeNull();
  });

  it("draws the lines between early, middle and late at thirds", () => {
    expect(placementOf(0.33)).toBe("early");
    expect(placementOf(0.5)).toBe("middle");
    expect(placementOf(0.67)).toBe("late");
  });
});

describe("composers in common and pairs", () => {
  it("names the composers of more than one soundtrack, with those soundtracks", () => {
    const shared = sharedComposers([
      { id: 1, composers: [{ slug: "a" }, { slug: "b" }] },
      { id: 2, composers: [{ slug: "b" }] },
      { id: 3, composers: [{ slug: "c" }, { slug: "b" }, { slug: "a" }] },
    ]);
    expect(shared).toEqual([
      { composer: { slug: "a" }, soundtrackIds: [1, 3] },
      { composer: { slug: "b" }, soundtrackIds: [1, 2, 3] },
    ]);
    expect(
      sharedComposers([
        { id: 1, composers: [{ slug: "a" }] },
        { id: 2, composers: [] },
      ]),
    ).toEqual([]);
  });

  it("pairs every soundtrack with every later one", () => {
    expect(pairsOf(["a", "b"])).toEqual([["a", "b"]]);
    expect(pairsOf(["a", "b", "c"])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
  });
});
