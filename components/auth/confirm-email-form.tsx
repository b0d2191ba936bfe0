"use client";

import Link from "next/link";
import { confirmEmail } from "@/app/(auth)/verify-email/[token]/actions";
import { primaryButtonClass } from "@/components/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";

export function ConfirmEmailForm({ token }: { token: string }) {
  const { state, formAction, pending, onSubmit } = useAction(confirmEmail);
  const done = state.status === "ok";
  return (
    <div className="space-y-4">
      {!done && (
        <form action={formAction} onSubmit={onSubmit} noValidate>
          <input type="hidden" name="token" value={token} />
          <SubmitButton
            pending={pending}
            pendingLabel="Confirming…"
            className={`${primaryButtonClass} w-full`}
          >
            Confirm my email address
          </SubmitButton>
        </form>
      )}
      <ActionStatus state={state} tone="panel" />
      {done && (
        <Link href="/" className="link-accent block text-sm">
          Go to this week’s review
        </Link>
      )}
    </div>
  );
}
