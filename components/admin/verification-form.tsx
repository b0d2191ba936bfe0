"use client";

import { saveVerificationSetting } from "@/app/admin/settings/actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";

/** Whether readers confirm their email address before they comment. */
export function VerificationForm({ required }: { required: boolean }) {
  const { state, formAction, pending, onSubmit } = useAction(saveVerificationSetting);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <label className="flex cursor-pointer items-start gap-3">
        <input
          type="checkbox"
          name="requireVerifiedEmail"
          defaultChecked={required}
          className="mt-1 size-4 accent-accent dark:accent-night-accent"
        />
        <span>
          <span className="font-medium">Require a confirmed email address to comment</span>
          <span className="block text-sm text-soft">
            Readers who have not opened the link mailed to them at sign-up can still read and score,
            but not comment or reply.
          </span>
        </span>
      </label>
      <ActionStatus state={state} pending={pending} pendingText="Saving…" />
      <SubmitButton pending={pending} pendingLabel="Saving…" className={compactButtonClass}>
        Save the email setting
      </SubmitButton>
    </form>
  );
}
