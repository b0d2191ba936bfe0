"use client";

import { setScoresPrivacy } from "@/app/settings/privacy-actions";
import { SwitchForm } from "@/components/forms/switch-form";

/** A toggle button (aria-pressed) for keeping the reader's scores off their profile. */
export function ScoresPrivacyToggle({ on }: { on: boolean }) {
  return (
    <SwitchForm action={setScoresPrivacy} name="private" on={on}>
      Keep my scores private
    </SwitchForm>
  );
}
