import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { SlotForm } from "@/components/admin/slot-form";
import { getWeeklySlot } from "@/db/queries/settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireAdmin();
  const slot = await getWeeklySlot();
  return (
    <section aria-labelledby="slot-heading" className="space-y-4">
      <h1 id="slot-heading" className="font-serif text-3xl font-semibold">
        Weekly slot
      </h1>
      <p className="max-w-prose text-muted dark:text-night-muted">
        The review of the week goes out at this time. “Schedule for the next slot” picks the next
        free week; reviews already scheduled keep their times when the slot changes.
      </p>
      <SlotForm slot={slot} timeZones={Intl.supportedValuesOf("timeZone")} />
    </section>
  );
}
