"use client";

import { setReaderNewsletter } from "@/app/newsletter/actions";
import { SwitchForm } from "@/components/forms/switch-form";

/** A toggle button (aria-pressed) for the weekly newsletter at the account's address. */
export function NewsletterToggle({ on }: { on: boolean }) {
  return (
    <SwitchForm action={setReaderNewsletter} name="subscribed" on={on}>
      Email me each week’s review
    </SwitchForm>
  );
}
