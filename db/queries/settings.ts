import "server-only";
import { eq } from "drizzle-orm";
import { DEFAULT_SLOT, WEEKDAYS, type WeeklySlot } from "@/lib/weekly-slot";
import { getDb } from "..";
import { now } from "../clock.mjs";
import { siteSettings } from "../schema";
import { weeklySlotOf } from "../weekly-slot-row";
import { auditEntry } from "./audit";

/** The weekly slot an admin set, or Tuesday 09:00 Europe/London until one is saved. */
export async function getWeeklySlot(): Promise<WeeklySlot> {
  const [row] = await getDb().select().from(siteSettings).where(eq(siteSettings.id, 1));
  return weeklySlotOf(row);
}

/** Saves the weekly slot, with its line in the audit log. */
export async function saveWeeklySlot(slot: WeeklySlot, actorId: string) {
  const db = getDb();
  const at = now();
  const values = {
    slotWeekday: slot.weekday,
    slotTime: slot.time,
    slotTimeZone: slot.timeZone,
    updatedAt: at,
  };
  await db.batch([
    db
      .insert(siteSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: values }),
    auditEntry(db, {
      actorId,
      action: "settings.saved",
      targetType: "settings",
      targetId: "weekly-slot",
      summary: `Weekly slot: ${WEEKDAYS[slot.weekday]}s at ${slot.time}, ${slot.timeZone}`,
      at,
    }),
  ]);
}

/** Whether readers must confirm their email address before they comment; off until turned on. */
export async function getRequireVerifiedEmail(): Promise<boolean> {
  const [row] = await getDb()
    .select({ on: siteSettings.requireVerifiedEmail })
    .from(siteSettings)
    .where(eq(siteSettings.id, 1));
  return row?.on ?? false;
}

/** Turns the email confirmation for commenting on or off, with its line in the audit log. */
export async function saveRequireVerifiedEmail(on: boolean, actorId: string) {
  const db = getDb();
  const slot = {
    slotWeekday: DEFAULT_SLOT.weekday,
    slotTime: DEFAULT_SLOT.time,
    slotTimeZone: DEFAULT_SLOT.timeZone,
  };
  const values = { requireVerifiedEmail: on, updatedAt: now() };
  await db.batch([
    db
      .insert(siteSettings)
      .values({ id: 1, ...slot, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: values }),
    auditEntry(db, {
      actorId,
      action: "settings.saved",
      targetType: "settings",
      targetId: "verified-email",
      summary: on
        ? "Readers must confirm their email address to comment"
        : "Readers may comment without confirming their email address",
      at: values.updatedAt,
    }),
  ]);
}
