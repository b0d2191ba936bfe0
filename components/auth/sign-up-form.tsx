"use client";

import { useEffect, useRef } from "react";
import { signUp } from "@/app/(auth)/sign-up/actions";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { FormField } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { fieldValue } from "@/lib/action-state";
import { useCallbackUrl, useLeaveIfSignedIn } from "./use-callback-url";
import { EmailField, NewPasswordField } from "@/components/forms/account-fields";

/** What takes the form's place once it is sent: the same for a new address and a known one. */
function CheckYourInbox({ message }: { message: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-2 rounded-md bg-green-50 px-4 py-3 text-green-900 dark:bg-green-950 dark:text-green-200">
      <h2 ref={heading} tabIndex={-1} className="font-semibold outline-none">
        Check your inbox
      </h2>
      <p className="text-sm">{message}</p>
    </div>
  );
}

export function SignUpForm() {
  const callbackUrl = useCallbackUrl();
  useLeaveIfSignedIn(callbackUrl);
  const { state, formAction, pending, onSubmit } = useAction(signUp);
  if (state.status === "ok") return <CheckYourInbox message={state.message} />;
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
