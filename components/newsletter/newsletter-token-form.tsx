"use client";

import Link from "next/link";
import { useState } from "react";
import { confirmNewsletter, setNewsletterByToken } from "@/app/newsletter/actions";
import { primaryButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { NEWSLETTER_STATES, type NewsletterState } from "@/lib/newsletter";

/** The button a mailed confirmation link leads to: pressing it, not opening the link, confirms. */
export function ConfirmNewsletterForm({ token }: { token: string }) {
  const { state, formAction, pending, onSubmit } = useAction(confirmNewsletter);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <ActionStatus state={state} tone="panel" />
      {state.data?.preferences ? (
        <p className="text-sm">
          <Link href={state.data.preferences} className="link-accent">
            Your newsletter preferences
          </Link>
          : no sign-in needed, and every newsletter links to them.
        </p>
      ) : (
        <SubmitButton pending={pending} pendingLabel="Confirming…" className={primaryButtonClass}>
          Confirm my subscription
        </SubmitButton>
      )}
    </form>
  );
}

/** The preferences page's one choice: the address's state as it stands, and the button to flip it. */
export function NewsletterPreferencesForm(props: {
  token: string;
  email: string;
  state: NewsletterState;
}) {
  const [current, setCurrent] = useState(props.state);
  const { state, formAction, pending, onSubmit } = useAction(setNewsletterByToken, {
    onDone: (done) => setCurrent(done.data?.state ?? current),
  });
  const on = current === "subscribed" || current === "pending";
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <p>
        <strong className="font-medium break-all">{props.email}</strong>{" "}
        {NEWSLETTER_STATES[current]}
      </p>
      <input type="hidden" name="token" value={props.token} />
      <input type="hidden" name="subscribed" value={on ? "off" : "on"} />
      {current !== "bounced" && (
        <SubmitButton
          pending={pending}
          pendingLabel="Saving…"
          className={on ? quietButtonClass : primaryButtonClass}
        >
          {on ? "Unsubscribe" : "Subscribe again"}
        </SubmitButton>
      )}
      <ActionStatus state={state} pending={pending} pendingText="Saving…" />
    </form>
  );
}
