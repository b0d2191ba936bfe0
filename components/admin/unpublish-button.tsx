"use client";

import { useRouter } from "next/navigation";
import { unpublishReview } from "@/app/admin/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { announce } from "./admin-notice";

/** Takes a review off the site (or off the calendar) and back to the drafts. */
export function UnpublishButton({ reviewId, headline }: { reviewId: number; headline: string }) {
  const router = useRouter();
  const { state, formAction, pending, onSubmit } = useAction(unpublishReview, {
    onDone: (done) => {
      announce(done.message);
      router.refresh();
    },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="reviewId" value={reviewId} />
      <SubmitButton
        pending={pending}
        pendingLabel="Unpublishing…"
        label={`Unpublish “${headline}”`}
        className={quietButtonClass}
      >
        Unpublish
      </SubmitButton>
      <ActionStatus state={state} pending={pending} />
    </form>
  );
}
