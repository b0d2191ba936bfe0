"use client";

import { subscribeVisitor } from "@/app/newsletter/actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { EmailField } from "@/components/forms/account-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { EMAIL_FIELD_ID } from "./newsletter-signup";

/** The visitor's form: an address, and a mail to confirm it. */
export function VisitorForm() {
  const { state, formAction, pending, onSubmit } = useAction(subscribeVisitor);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-md">
      <div className="sm:flex sm:items-start sm:gap-2">
        <div className="sm:flex-1">
          <EmailField state={state} id={EMAIL_FIELD_ID} label="Your email address" />
        </div>
        <SubmitButton
          pending={pending}
          pendingLabel="Sending…"
          className={`${compactButtonClass} mt-2 w-full sm:mt-6 sm:w-auto sm:py-2.5`}
        >
          Subscribe
        </SubmitButton>
      </div>
      <ActionStatus state={state} quietOnFieldErrors className="mt-2" />
    </form>
  );
}
