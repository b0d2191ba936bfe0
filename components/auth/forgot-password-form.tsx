"use client";

import { requestPasswordReset } from "@/app/(auth)/forgot-password/actions";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { EmailField } from "@/components/forms/account-fields";

export function ForgotPasswordForm() {
  const { state, formAction, pending, onSubmit } = useAction(requestPasswordReset);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <EmailField state={state} />
      <ActionStatus state={state} tone="panel" quietOnFieldErrors />
      <SubmitButton
        pending={pending}
        pendingLabel="Sending…"
        className={`${primaryButtonClass} w-full`}
      >
        Send me a link
      </SubmitButton>
    </form>
  );
}
