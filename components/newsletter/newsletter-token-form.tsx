"use client";

import { confirmNewsletter, setNewsletterByToken } from "@/app/newsletter/actions";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";

const actions = { confirm: confirmNewsletter, preferences: setNewsletterByToken };

/** One button on a page reached by a mailed link: confirm, or turn the newsletter on or off. */
export function NewsletterTokenForm({
  kind,
  token,
  subscribed,
  label,
}: {
  kind: keyof typeof actions;
  token: string;
  subscribed?: "on" | "off";
  label: string;
}) {
  const { state, formAction, pending, onSubmit } = useAction(actions[kind]);
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      {subscribed && <input type="hidden" name="subscribed" value={subscribed} />}
      <ActionStatus state={state} tone="panel" />
      {state.status !== "ok" && (
        <SubmitButton pending={pending} pendingLabel="Saving…" className={primaryButtonClass}>
          {label}
        </SubmitButton>
      )}
    </form>
  );
}
