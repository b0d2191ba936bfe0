import { describe, expect, it } from "vitest";
import { calendarWeeks } from "@/lib/calendar";
import { weeksBetween } from "@/lib/series-weeks";
import { formatSlot, isSlotTime, type WeeklySlot } from "@/lib/weekly-slot";
import { seedEntries } from "./seed";

const now = new Date("2026-11-25T12:00:00Z"); // a Wednesday: this week opened Tuesday 24th
const london: WeeklySlot = { weekday: 2, time: "09:00", timeZone: "Europe/London" };

describe("seedEntries", () => {
  const entries = seedEntries(now, london);

  it("puts the site owner's review first as week 1, in this week's slot, with no invented score", () => {
    const [first] = entries;
    expect(first?.filmTitle).toBe("Mission: Impossible – Fallout");
    expect(first?.headline).toBe("Exploring Soundtracks: Mission Impossible – Fallout");
    expect(first?.weekNumber).toBe(1);
    expect(first?.publishedAt.toISOString()).toBe("2026-11-24T09:00:00.000Z");
    expect(first?.criticScore).toBeNull();
    expect(first?.isSample).toBe(false);
  });

  it("marks every other entry as a sample, each in the slot of a week before, unnumbered", () => {
    const rest = entries.slice(1);
    expect(rest.length).toBeGreaterThanOrEqual(5);
    expect(rest.every((e) => e.isSample && e.weekNumber === null)).toBe(true);
    // Seven days apart in London, which is not always 7 × 24 hours: October's clock change.
    rest.forEach((e, i) =>
      expect(weeksBetween(london, e.publishedAt, entries[i]!.publishedAt)).toBe(1),
    );
  });

  it("goes out at slot times, so the calendar shows each review in the week it went live", () => {
    // Another slot, across a clock change: Friday 18:30 in New York.
    const newYork: WeeklySlot = { weekday: 5, time: "18:30", timeZone: "America/New_York" };
    for (const slot of [london, newYork]) {
      const seeded = seedEntries(now, slot).map((e, id) => ({ ...e, id }));
      expect(seeded.every((e) => isSlotTime(slot, e.publishedAt))).toBe(true);
      const weeks = calendarWeeks(slot, now).place(seeded);
      for (const week of weeks.filter((w) => w.reviews.length > 0)) {
        expect(week.reviews).toHaveLength(1);
        // The week's heading and the review's "Live since" name the same day and time.
        expect(formatSlot(week.reviews[0]!.publishedAt, slot.timeZone)).toBe(
          formatSlot(week.slot, slot.timeZone),
        );
      }
      expect(weeks.find((w) => w.when === "this")?.reviews.map((r) => r.slug)).toEqual([
        "mission-impossible-fallout",
      ]);
    }
  });
});
