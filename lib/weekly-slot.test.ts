import { describe, expect, it } from "vitest";
import {
  DEFAULT_SLOT,
  formatSlot,
  isSlotTime,
  nextFreeSlot,
  slotAtOrBefore,
  slotsAfter,
  weekOf,
  zonedInstant,
} from "./weekly-slot";
import { weeklySlotSchema } from "./publishing-schemas";

const london = DEFAULT_SLOT; // Tuesday 09:00 Europe/London

describe("weekly slots", () => {
  it("finds the next Tuesday 09:00 in London, in winter and in summer time", () => {
    // Wednesday 25 November 2026: the next slot is Tuesday 1 December, 09:00 GMT.
    expect(
      slotsAfter(london, new Date("2026-11-25T12:00:00Z"), 2).map((d) => d.toISOString()),
    ).toEqual(["2026-12-01T09:00:00.000Z", "2026-12-08T09:00:00.000Z"]);
    // In July London is on BST: 09:00 local is 08:00 UTC.
    expect(slotsAfter(london, new Date("2026-07-01T00:00:00Z"), 1)[0]!.toISOString()).toBe(
      "2026-07-07T08:00:00.000Z",
    );
  });

  it("does not count a slot that is exactly now, and crosses the clock change", () => {
    const slot = new Date("2026-12-01T09:00:00Z");
    expect(slotsAfter(london, slot, 1)[0]!.toISOString()).toBe("2026-12-08T09:00:00.000Z");
    // Clocks go forward on Sunday 29 March 2026: Tuesday 24 is GMT, Tuesday 31 is BST.
    expect(
      slotsAfter(london, new Date("2026-03-23T00:00:00Z"), 2).map((d) => d.toISOString()),
    ).toEqual(["2026-03-24T09:00:00.000Z", "2026-03-31T08:00:00.000Z"]);
  });

  it("works in a zone far from UTC, where the local weekday differs from UTC's", () => {
    const auckland = { weekday: 1, time: "06:30", timeZone: "Pacific/Auckland" };
    // Monday 06:30 in Auckland (NZDT, +13) is Sunday 17:30 UTC.
    expect(slotsAfter(auckland, new Date("2026-11-25T00:00:00Z"), 1)[0]!.toISOString()).toBe(
      "2026-11-29T17:30:00.000Z",
    );
  });

  it("moves a time skipped by the clock change forward by the gap", () => {
    const at = zonedInstant(
      { year: 2026, month: 3, day: 29, hour: 1, minute: 30 },
      "Europe/London",
    );
    expect(at.toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
  });

  it("knows the week a moment belongs to by the slot that opened it", () => {
    expect(slotAtOrBefore(london, new Date("2026-12-01T09:00:00Z")).toISOString()).toBe(
      "2026-12-01T09:00:00.000Z",
    );
    expect(weekOf(london, new Date("2026-12-01T08:59:00Z"))).toBe("2026-11-24");
    expect(weekOf(london, new Date("2026-12-07T23:00:00Z"))).toBe("2026-12-01");
  });

  it("skips weeks already taken when finding the next free slot", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const taken = [new Date("2026-12-01T09:00:00Z"), new Date("2026-12-10T15:00:00Z")];
    expect(nextFreeSlot(london, now, taken).toISOString()).toBe("2026-12-15T09:00:00.000Z");
    expect(nextFreeSlot(london, now, []).toISOString()).toBe("2026-12-01T09:00:00.000Z");
  });

  it("names a slot in its own zone and knows a slot time from any other", () => {
    expect(formatSlot(new Date("2026-12-01T09:00:00Z"), "Europe/London")).toBe(
      "Tuesday 1 December 2026, 09:00",
    );
    expect(isSlotTime(london, new Date("2026-12-01T09:00:00Z"))).toBe(true);
    expect(isSlotTime(london, new Date("2026-12-01T09:01:00Z"))).toBe(false);
    expect(isSlotTime(london, new Date("2026-12-02T09:00:00Z"))).toBe(false);
  });

  it("explains a bad setting", () => {
    const result = weeklySlotSchema.safeParse({
      weekday: "9",
      time: "9am",
      timeZone: "Mars/Olympus",
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toEqual([
      "Pick a weekday",
      "Give a time as HH:MM, from 00:00 to 23:59",
      "Give a time zone such as Europe/London or America/New_York",
    ]);
    expect(
      weeklySlotSchema.parse({ weekday: "2", time: "09:00", timeZone: "Europe/London" }),
    ).toEqual(london);
  });
});
