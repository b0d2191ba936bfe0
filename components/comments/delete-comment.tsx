"use client";

import { useEffect, useRef, useState } from "react";
import { deleteComment } from "@/app/reviews/[slug]/actions";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { dangerPillClass } from "@/components/forms/button-styles";
import { actionButtonClass } from "./ui";

/** Delete asks once, inline; the comment then leaves the page (or becomes a placeholder). */
export function DeleteComment({ reviewId, commentId }: { reviewId: number; commentId: number }) {
  const [confirming, setConfirming] = useState(false);
  const { state, formAction, pending, onSubmit } = useAction(deleteComment);
  const confirmRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    // Move focus into the question when it opens, and back to "Delete" when it closes.
    if (confirming) confirmRef.current?.querySelector("button")?.focus();
    else if (wasConfirming.current) openerRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={openerRef}
        type="button"
        onClick={() => setConfirming(true)}
        aria-label="Delete your comment"
        className={actionButtonClass}
      >
        Delete
      </button>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} className="basis-full sm:basis-auto">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="commentId" value={commentId} />
      <div
        ref={confirmRef}
        role="group"
        aria-label="Confirm deletion"
        className="flex flex-wrap items-center gap-2 rounded-lg bg-red-50 px-3 py-2 text-sm dark:bg-red-950/60"
      >
        <span className="font-medium">Delete this comment?</span>
        <SubmitButton pending={pending} pendingLabel="Deleting…" className={dangerPillClass}>
          Yes, delete
        </SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className={actionButtonClass}>
          Keep it
        </button>
      </div>
      <ActionStatus state={state} pending={pending} className="mt-1" />
    </form>
  );
}
