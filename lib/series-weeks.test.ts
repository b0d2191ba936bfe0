import { describe, expect, it } from "vitest";
import {
  goingLiveOrder,
  inSameWeek,
  weekLabel,
  weekNumberAt,
  weeksBetween,
  weekStart,
} from "./series-weeks";
import { DEFAULT_SLOT } from "./weekly-slot";

const london = DEFAULT_SLOT; // Tuesday 09:00 Europe/London
const at = (iso: string) => new Date(iso);
// Week 1 went out on Tuesday 24 November 2026, 09:00 GMT.
const weekOne = { publishedAt: at("2026-11-24T09:00:00Z"), weekNumber: 1 };

describe("which week a review belongs to", () => {
  it("is the week the latest slot at or before it opened", () => {
    expect(weekStart(london, at("2026-12-01T09:00:00Z"))).toEqual(at("2026-12-01T09:00:00Z"));
    expect(weekStart(london, at("2026-12-01T08:59:59Z"))).toEqual(at("2026-11-24T09:00:00Z"));
    // Saturday and Monday still belong to the week Tuesday opened.
    expect(weekStart(london, at("2026-11-28T18:00:00Z"))).toEqual(at("2026-11-24T09:00:00Z"));
    expect(weekStart(london, at("2026-11-30T09:00:00Z"))).toEqual(at("2026-11-24T09:00:00Z"));
  });

  it("counts whole weeks by the slots' dates, across the clock change", () => {
    expect(weeksBetween(london, at("2026-11-24T09:00:00Z"), at("2026-11-30T23:00:00Z"))).toBe(0);
    expect(weeksBetween(london, at("2026-11-30T23:00:00Z"), at("2026-12-01T09:00:00Z"))).toBe(1);
    expect(weeksBetween(london, at("2026-12-15T09:00:00Z"), at("2026-11-24T09:00:00Z"))).toBe(-3);
    // Tuesday 24 March 2026 is GMT, Tuesday 31 March BST: an hour short of a week, still one.
    expect(weeksBetween(london, at("2026-03-24T09:00:00Z"), at("2026-03-31T08:00:00Z"))).toBe(1);
    expect(inSameWeek(london, at("2026-03-31T08:00:00Z"), at("2026-04-06T20:00:00Z"))).toBe(true);
    expect(inSameWeek(london, at("2026-03-31T07:59:00Z"), at("2026-03-31T08:00:00Z"))).toBe(false);
  });
});

describe("week numbers", () => {
  it("starts the series at week 1 when no review has a number yet", () => {
    expect(weekNumberAt(london, undefined, at("2026-11-24T09:00:00Z"))).toBe(1);
  });

  it("gives two reviews of one week the same number, whenever in the week they go out", () => {
    const slot = at("2026-12-01T09:00:00Z");
    expect(weekNumberAt(london, weekOne, slot)).toBe(2);
    // Published "now" on the Saturday and on the Monday before the next slot: still week 2.
    expect(weekNumberAt(london, weekOne, at("2026-12-05T15:00:00Z"))).toBe(2);
    expect(weekNumberAt(london, weekOne, at("2026-12-08T08:59:00Z"))).toBe(2);
    expect(weekNumberAt(london, weekOne, at("2026-12-08T09:00:00Z"))).toBe(3);
  });

  it("counts a week with no review in it: the week after a gap has the number of its week", () => {
    // Nothing went out in weeks 2 and 3.
    expect(weekNumberAt(london, weekOne, at("2026-12-15T09:00:00Z"))).toBe(4);
    const weekFour = { publishedAt: at("2026-12-15T09:00:00Z"), weekNumber: 4 };
    expect(weekNumberAt(london, weekFour, at("2026-12-22T09:00:00Z"))).toBe(5);
  });

  it("counts back from a later numbered review too, and gives none before week 1", () => {
    const weekFive = { publishedAt: at("2026-12-22T09:00:00Z"), weekNumber: 5 };
    expect(weekNumberAt(london, weekFive, at("2026-12-01T12:00:00Z"))).toBe(2);
    expect(weekNumberAt(london, weekOne, at("2026-11-17T09:00:00Z"))).toBeNull();
    expect(weekNumberAt(london, weekOne, at("2026-11-24T08:59:00Z"))).toBeNull();
  });

  it("labels the second review of a week as such", () => {
    expect(weekLabel(12)).toBe("Week 12");
    expect(weekLabel(12, 1)).toBe("Week 12");
    expect(weekLabel(12, 2)).toBe("Week 12, second review");
    expect(weekLabel(12, 3)).toBe("Week 12, third review");
    expect(weekLabel(12, 7)).toBe("Week 12, 7th review");
  });
});

describe("the order reviews go live in", () => {
  it("is by time, then by id for two at the same moment", () => {
    const reviews = [
      { id: 3, publishedAt: at("2026-12-01T09:00:00Z") },
      { id: 1, publishedAt: at("2026-12-08T09:00:00Z") },
      { id: 2, publishedAt: at("2026-12-01T09:00:00Z") },
      { id: 4, publishedAt: at("2026-11-24T09:00:00Z") },
    ];
    expect(reviews.sort(goingLiveOrder).map((r) => r.id)).toEqual([4, 2, 3, 1]);
  });
});
