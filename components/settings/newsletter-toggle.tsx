"use client";

import { useState } from "react";
import { setReaderNewsletter } from "@/app/newsletter/actions";
import { ActionStatus } from "@/components/forms/action-status";
import { SwitchButton } from "@/components/forms/switch-button";
import { useAction } from "@/components/forms/use-action";

/** A toggle button (aria-pressed) for the weekly newsletter at the account's address. */
export function NewsletterToggle({ on }: { on: boolean }) {
  const [saved, setSaved] = useState(on);
  const { state, formAction, pending, onSubmit } = useAction(setReaderNewsletter, {
    onDone: (done) => setSaved(done.data?.subscribed ?? saved),
  });
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <input type="hidden" name="subscribed" value={saved ? "off" : "on"} />
      <SwitchButton pressed={saved} pending={pending}>
        Email me each week’s review
      </SwitchButton>
      <ActionStatus
        className="mt-2 min-h-5"
        state={state}
        pending={pending}
        pendingText="Saving…"
      />
    </form>
  );
}
