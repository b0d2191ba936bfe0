"use client";

import Link from "next/link";
import { subscribeVisitor } from "@/app/newsletter/actions";
import { compactButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { FormField } from "@/components/forms/form-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { useViewer } from "@/components/viewer/use-viewer";
import { fieldValue } from "@/lib/action-state";

/**
 * The page is the same for everyone (cached); who reads it is known only here, in the browser: a
 * signed-in reader is pointed to their settings, everyone else (and everyone until it is known)
 * gets the visitor's form.
 */
export function NewsletterSignup() {
  const viewer = useViewer();
  if (viewer) {
    return (
      <p className="text-sm">
        Signed in as {viewer.name}: turn it on or off in{" "}
        <Link href="/settings#newsletter" className="link-accent">
          your settings
        </Link>
        .
      </p>
    );
  }
  return <VisitorForm />;
}

function VisitorForm() {
  const { state, formAction, pending, onSubmit } = useAction(subscribeVisitor);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-md">
      <div className="sm:flex sm:items-start sm:gap-2">
        <div className="sm:flex-1">
          <FormField
            name="email"
            id="newsletter-email"
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
