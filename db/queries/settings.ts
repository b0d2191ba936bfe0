import "server-only";
import { eq } from "drizzle-orm";
import { DEFAULT_SLOT, WEEKDAYS, type WeeklySlot } from "@/lib/weekly-slot";
import { getDb } from "..";
import { siteSettings } from "../schema";
import { auditEntry } from "./audit";

/** The weekly slot an admin set, or Tuesday 09:00 Europe/London until one is saved. */
export async function getWeeklySlot(): Promise<WeeklySlot> {
  const [row] = await getDb().select().from(siteSettings).where(eq(siteSettings.id, 1));
  return row
    ? { weekday: row.slotWeekday, time: row.slotTime, timeZone: row.slotTimeZone }
    : DEFAULT_SLOT;
}

/** Saves the weekly slot, with its line in the audit log. */
export async function saveWeeklySlot(slot: WeeklySlot, actorId: string) {
  const db = getDb();
  const values = { slotWeekday: slot.weekday, slotTime: slot.time, slotTimeZone: slot.timeZone };
  await db.batch([
    db
      .insert(siteSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: { ...values, updatedAt: new Date() } }),
    auditEntry(db, {
      actorId,
      action: "settings.saved",
      targetType: "settings",
      targetId: "weekly-slot",
      summary: `Weekly slot: ${WEEKDAYS[slot.weekday]}s at ${slot.time}, ${slot.timeZone}`,
    }),
  ]);
}
