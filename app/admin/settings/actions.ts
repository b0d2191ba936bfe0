"use server";

import { adminAction } from "@/auth/action";
import { saveRequireVerifiedEmail, saveWeeklySlot as save } from "@/db/queries/settings";
import { weeklySlotSchema } from "@/lib/publishing-schemas";
import { formatSlot, slotsAfter } from "@/lib/weekly-slot";
import { now } from "@/db/clock.mjs";
import { z } from "zod";

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

const verificationSchema = z.object({
  requireVerifiedEmail: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export const saveVerificationSetting = adminAction(
  { schema: verificationSchema },
  async ({ requireVerifiedEmail }, { viewer }) => {
    await saveRequireVerifiedEmail(requireVerifiedEmail, viewer.id);
    return {
      ok: true,
      message: requireVerifiedEmail
        ? "Saved. Readers now confirm their email address before they comment."
        : "Saved. Readers can comment without confirming their email address.",
    };
  },
);
