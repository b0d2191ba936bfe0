"use client";

import { resendVerification } from "@/app/(auth)/verify-email/[token]/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";

/** "Send me a new link", for a signed-in reader whose address is not confirmed yet. */
export function ResendVerificationForm({ className = "" }: { className?: string }) {
  const { state, formAction, pending, onSubmit } = useAction(resendVerification);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className={className}>
      <SubmitButton pending={pending} pendingLabel="Sending…" className={quietButtonClass}>
        Send me a new link
      </SubmitButton>
      <ActionStatus state={state} pending={pending} className="mt-2 min-h-5" />
    </form>
  );
}
