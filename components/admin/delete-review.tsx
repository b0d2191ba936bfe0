"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteReview } from "@/app/admin/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ConfirmForm } from "@/components/forms/confirm-form";
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
  const action = useAction(deleteReview, {
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
    <ConfirmForm
      action={action}
      question={
        <>
          Delete “{headline}”, the soundtrack of <i>{film}</i> with its track list, and every
          comment, score and favourite on it? This cannot be undone.
        </>
      }
      confirm={{
        label: "Delete for good",
        pendingLabel: "Deleting…",
        name: "confirm",
        value: "delete",
      }}
      keepLabel="Keep it"
      onKeep={() => setAsking(false)}
    >
      <input type="hidden" name="reviewId" value={reviewId} />
    </ConfirmForm>
  );
}
