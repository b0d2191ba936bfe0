"use client";

import { signInWithPassword } from "@/app/(auth)/sign-in/actions";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { authErrorMessage } from "@/lib/auth/auth-errors";
import { useAuthErrorCode, useCallbackUrl, useLeaveIfSignedIn } from "./use-callback-url";
import { CurrentPasswordField, EmailField } from "@/components/forms/account-fields";

export function SignInForm() {
  const callbackUrl = useCallbackUrl();
  useLeaveIfSignedIn(callbackUrl);
  const oauthError = authErrorMessage(useAuthErrorCode());
  const { state, formAction, pending, onSubmit } = useAction(signInWithPassword);
  const shown =
    state.status === "idle" && oauthError
      ? { status: "error" as const, message: oauthError }
      : state;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField state={state} />
      <CurrentPasswordField name="password" label="Password" errors={state.fieldErrors?.password} />
      <ActionStatus state={shown} tone="panel" />
      <SubmitButton
        pending={pending}
        pendingLabel="Signing in…"
        className={`${primaryButtonClass} w-full`}
      >
        Sign in
      </SubmitButton>
    </form>
  );
}
