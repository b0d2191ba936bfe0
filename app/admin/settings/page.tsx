import type { Metadata } from "next";
import { requireAdmin } from "@/auth/admin";
import { SlotForm } from "@/components/admin/slot-form";
import { VerificationForm } from "@/components/admin/verification-form";
import { getRequireVerifiedEmail, getWeeklySlot } from "@/db/queries/settings";

export const metadata: Metadata = { title: "Site settings" };

export default async function SettingsPage() {
  await requireAdmin();
  const [slot, requireVerifiedEmail] = await Promise.all([
    getWeeklySlot(),
    getRequireVerifiedEmail(),
  ]);
  return (
    <div className="space-y-12">
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
      <section aria-labelledby="email-heading" className="space-y-4">
        <h2 id="email-heading" className="font-serif text-2xl font-semibold">
          Email confirmation
        </h2>
        <p className="max-w-prose text-muted dark:text-night-muted">
          New readers get a link by mail to confirm their address. Off, as on the demo site, they
          can comment straight away.
        </p>
        <VerificationForm required={requireVerifiedEmail} />
      </section>
    </div>
  );
}
