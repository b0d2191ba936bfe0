"use client";

import { requestPasswordReset } from "@/app/(auth)/forgot-password/actions";
import { primaryButtonClass } from "@/components/button-styles";
import { FormField } from "@/components/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { fieldValue } from "@/lib/action-state";

export function ForgotPasswordForm() {
  const { state, formAction, pending, onSubmit } = useAction(requestPasswordReset);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={fieldValue(state, "email")}
        errors={state.fieldErrors?.email}
      />
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
