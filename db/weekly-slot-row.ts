import { DEFAULT_SLOT, type WeeklySlot } from "@/lib/weekly-slot";
import type { SiteSettings } from "./schema";

/** The weekly slot an admin saved in site_settings, or the default until one is. */
export function weeklySlotOf(row: SiteSettings | undefined): WeeklySlot {
  return row
    ? { weekday: row.slotWeekday, time: row.slotTime, timeZone: row.slotTimeZone }
    : DEFAULT_SLOT;
}
