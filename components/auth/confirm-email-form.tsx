"use client";

import Link from "next/link";
import { confirmEmail } from "@/app/(auth)/verify-email/[token]/actions";
import { CurrentPasswordField } from "@/components/forms/account-fields";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { useCallbackUrl } from "./use-callback-url";

/**
 * The button a mailed link leads to. `finishSignUp`: the link mailed at sign-up, which asks for the
 * password chosen then and signs the reader in, back where they were going (`?callbackUrl=`).
 */
export function ConfirmEmailForm({
  token,
  finishSignUp = false,
}: {
  token: string;
  finishSignUp?: boolean;
}) {
  const callbackUrl = useCallbackUrl();
  const { state, formAction, pending, onSubmit } = useAction(confirmEmail);
  const done = state.status === "ok";
  return (
    <div className="space-y-4">
      {!done && (
        <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
          <input type="hidden" name="token" value={token} />
          {finishSignUp && (
            <>
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <CurrentPasswordField
                name="password"
                label="Password"
                errors={state.fieldErrors?.password}
              />
            </>
          )}
          <SubmitButton
            pending={pending}
            pendingLabel="Confirming…"
            className={`${primaryButtonClass} w-full`}
          >
            {finishSignUp ? "Confirm and sign in" : "Confirm my email address"}
          </SubmitButton>
        </form>
      )}
      <ActionStatus state={state} tone="panel" quietOnFieldErrors />
      {done &&
        (finishSignUp ? (
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            className="link-accent block text-sm"
          >
            Sign in
          </Link>
        ) : (
          <Link href="/" className="link-accent block text-sm">
            Go to this week’s review
          </Link>
        ))}
    </div>
  );
}
