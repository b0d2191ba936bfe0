import { describe, expect, it } from "vitest";
import { calendarWeeks, WEEKS_AHEAD, WEEKS_BACK } from "./calendar";
import { DEFAULT_SLOT } from "./weekly-slot";

const now = new Date("2026-11-25T12:00:00Z"); // a Wednesday: this week opened Tuesday 24th

describe("the publishing calendar", () => {
  it("lays out the past weeks, this week and the coming weeks from the slot", () => {
    const calendar = calendarWeeks(DEFAULT_SLOT, now);
    const weeks = calendar.place([]);
    expect(weeks).toHaveLength(WEEKS_BACK + 1 + WEEKS_AHEAD);
    expect(weeks.map((w) => w.when).slice(WEEKS_BACK - 1, WEEKS_BACK + 3)).toEqual([
      "past",
      "this",
      "next",
      "later",
    ]);
    expect(weeks[WEEKS_BACK]!.day).toBe("2026-11-24");
    expect(weeks[WEEKS_BACK + 1]!.day).toBe("2026-12-01");
    expect(weeks[0]!.day).toBe("2026-10-27");
    expect(calendar.from.toISOString()).toBe("2026-10-27T09:00:00.000Z");
    expect(calendar.to.toISOString()).toBe("2027-01-26T09:00:00.000Z");
  });

  it("puts each review in the week its time falls in, two in one week in the order they go out", () => {
    const at = (id: number, iso: string | null) => ({
      id,
      publishedAt: iso ? new Date(iso) : null,
    });
    const weeks = calendarWeeks(DEFAULT_SLOT, now).place([
      at(1, "2026-11-24T09:00:00Z"),
      at(2, "2026-12-03T18:00:00Z"),
      at(3, "2026-12-01T09:00:00Z"),
      // Monday before the next slot is still this week, not the next.
      at(4, "2026-11-30T09:00:00Z"),
      at(5, null),
    ]);
    expect(weeks.find((w) => w.when === "this")!.reviews.map((r) => r.id)).toEqual([1, 4]);
    expect(weeks.find((w) => w.when === "next")!.reviews.map((r) => r.id)).toEqual([3, 2]);
    expect(weeks.flatMap((w) => w.reviews).map((r) => r.id)).not.toContain(5);
  });
});
