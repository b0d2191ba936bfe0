import "server-only";
import { eq } from "drizzle-orm";
import { DEFAULT_SLOT, type WeeklySlot } from "@/lib/weekly-slot";
import { getDb } from "..";
import { siteSettings } from "../schema";

/** The weekly slot an admin set, or Tuesday 09:00 Europe/London until one is saved. */
export async function getWeeklySlot(): Promise<WeeklySlot> {
  const [row] = await getDb().select().from(siteSettings).where(eq(siteSettings.id, 1));
  return row
    ? { weekday: row.slotWeekday, time: row.slotTime, timeZone: row.slotTimeZone }
    : DEFAULT_SLOT;
}
