"use client";

import Link from "next/link";
import { resetPassword } from "@/app/(auth)/reset-password/[token]/actions";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { NewPasswordField } from "@/components/forms/account-fields";

/** The new password; once saved, the way to sign in, and for a dead link the way to a new one. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { state, formAction, pending, onSubmit } = useAction(resetPassword);
  const done = state.status === "ok";
  // A dead link is offered a new one; a fault or a malformed request is not.
  const deadLink = state.code === "gone";
  return (
    <div className="space-y-4">
      {!done && (
        <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
          <input type="hidden" name="token" value={token} />
          <NewPasswordField
            name="password"
            label="New password"
            errors={state.fieldErrors?.password}
          />
          <SubmitButton
            pending={pending}
            pendingLabel="Saving…"
            className={`${primaryButtonClass} w-full`}
          >
            Save the new password
          </SubmitButton>
        </form>
      )}
      <ActionStatus state={state} tone="panel" quietOnFieldErrors />
      {done && (
        <Link href="/sign-in" className={`${primaryButtonClass} block w-full text-center`}>
          Sign in
        </Link>
      )}
      {deadLink && (
        <Link href="/forgot-password" className="link-accent block text-sm">
          Ask for a new link
        </Link>
      )}
    </div>
  );
}
