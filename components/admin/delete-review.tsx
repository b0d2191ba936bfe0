"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteReview } from "@/app/admin/actions";
import { dangerButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { announce } from "./admin-notice";

/** Deletes a review after a confirmation that says what goes with it. */
export function DeleteReview({
  reviewId,
  headline,
  film,
}: {
  reviewId: number;
  headline: string;
  film: string;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { state, formAction, pending, onSubmit } = useAction(deleteReview, {
    onDone: (done) => {
      announce(done.message);
      router.refresh();
    },
  });
  if (!asking) {
    return (
      <button type="button" className={quietButtonClass} onClick={() => setAsking(true)}>
        Delete…
      </button>
    );
  }
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800"
    >
      <p className="text-sm">
        Delete “{headline}”, the soundtrack of <i>{film}</i> with its track list, and every comment,
        score and favourite on it? This cannot be undone.
      </p>
      <input type="hidden" name="reviewId" value={reviewId} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          pending={pending}
          pendingLabel="Deleting…"
          name="confirm"
          value="delete"
          className={dangerButtonClass}
        >
          Delete for good
        </SubmitButton>
        <button type="button" className={quietButtonClass} onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      <ActionStatus state={state} pending={pending} />
    </form>
  );
}
