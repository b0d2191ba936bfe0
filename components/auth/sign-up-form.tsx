"use client";

import { signUp } from "@/app/(auth)/sign-up/actions";
import { primaryButtonClass } from "@/components/button-styles";
import { FormField } from "@/components/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { fieldValue } from "@/lib/action-state";
import { useCallbackUrl, useLeaveIfSignedIn } from "./use-callback-url";
import { EmailField, NewPasswordField } from "@/components/account-fields";

export function SignUpForm() {
  const callbackUrl = useCallbackUrl();
  useLeaveIfSignedIn(callbackUrl);
  const { state, formAction, pending, onSubmit } = useAction(signUp);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={fieldValue(state, "name")}
        errors={state.fieldErrors?.name}
      />
      <FormField
        name="handle"
        label="Username"
        autoComplete="username"
        required
        hint="Your profile lives at /u/username. Letters, digits and underscores."
        defaultValue={fieldValue(state, "handle")}
        errors={state.fieldErrors?.handle}
      />
      <EmailField state={state} />
      <NewPasswordField name="password" label="Password" errors={state.fieldErrors?.password} />
      <ActionStatus state={state} tone="panel" />
      <SubmitButton
        pending={pending}
        pendingLabel="Creating your account…"
        className={`${primaryButtonClass} w-full`}
      >
        Create account
      </SubmitButton>
    </form>
  );
}
