import { describe, expect, it } from "vitest";
import { seedEntries, seriesAnchor } from "./seed";

describe("seriesAnchor", () => {
  it("is Monday 09:00 UTC of the current week", () => {
    expect(seriesAnchor(new Date("2026-11-25T12:00:00Z")).toISOString()).toBe(
      "2026-11-23T09:00:00.000Z",
    );
    expect(seriesAnchor(new Date("2026-11-29T23:59:00Z")).toISOString()).toBe(
      "2026-11-23T09:00:00.000Z",
    );
  });

  it("falls back a week when Monday 09:00 is still ahead", () => {
    expect(seriesAnchor(new Date("2026-11-23T08:00:00Z")).toISOString()).toBe(
      "2026-11-16T09:00:00.000Z",
    );
  });
});

describe("seedEntries", () => {
  const entries = seedEntries(new Date("2026-11-25T12:00:00Z"));

  it("puts the site owner's review first as week 1, with no invented score", () => {
    const [first] = entries;
    expect(first?.filmTitle).toBe("Mission: Impossible – Fallout");
    expect(first?.headline).toBe("Exploring Soundtracks: Mission Impossible – Fallout");
    expect(first?.weekNumber).toBe(1);
    expect(first?.criticScore).toBeNull();
    expect(first?.isSample).toBe(false);
  });

  it("marks every other entry as a sample, one week apart and older", () => {
    const rest = entries.slice(1);
    expect(rest.length).toBeGreaterThanOrEqual(5);
    expect(rest.every((e) => e.isSample && e.weekNumber === null)).toBe(true);
    const times = entries.map((e) => e.publishedAt.getTime());
    times.slice(1).forEach((t, i) => expect(times[i]! - t).toBe(7 * 86_400_000));
  });
});
