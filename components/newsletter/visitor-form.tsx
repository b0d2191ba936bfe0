"use client";

import { subscribeVisitor } from "@/app/newsletter/actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { fieldValue } from "@/lib/action-state";
import { EMAIL_FIELD_ID } from "./newsletter-signup";

/** The visitor's form: an address, and a mail to confirm it. */
export function VisitorForm() {
  const { state, formAction, pending, onSubmit } = useAction(subscribeVisitor);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-md">
      <div className="sm:flex sm:items-start sm:gap-2">
        <div className="sm:flex-1">
          <FormField
            name="email"
            id={EMAIL_FIELD_ID}
            label="Your email address"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={fieldValue(state, "email")}
            errors={state.fieldErrors?.email}
          />
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
