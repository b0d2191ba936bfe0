"use server";

import { adminAction } from "@/auth/action";
import { saveWeeklySlot as save } from "@/db/queries/settings";
import { formatSlot, slotsAfter, weeklySlotSchema } from "@/lib/weekly-slot";
import { now } from "@/db/clock.mjs";

export const saveWeeklySlot = adminAction(
  { schema: weeklySlotSchema, invalid: "The weekly slot needs a change." },
  async (slot, { viewer }) => {
    await save(slot, viewer.id);
    const [next] = slotsAfter(slot, now(), 1);
    return {
      ok: true,
      message: `Saved. The next slot is ${formatSlot(next!, slot.timeZone)} (${slot.timeZone}).`,
    };
  },
);
