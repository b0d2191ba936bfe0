"use client";

import { useId } from "react";
import { editComment } from "@/app/reviews/[slug]/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { textareaClass } from "./ui";

type EditCommentFormProps = {
  reviewId: number;
  commentId: number;
  body: string;
  isSpoiler: boolean;
  onDone: () => void;
};

/** Edits in place, prefilled with what was written; Escape or Cancel leaves it unchanged. */
export function EditCommentForm({
  reviewId,
  commentId,
  body,
  isSpoiler,
  onDone,
}: EditCommentFormProps) {
  const { state, formAction, pending, onSubmit } = useAction(editComment, {
    onDone,
  });
  const uid = useId();
  const errors = state.fieldErrors?.body;
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape") onDone();
      }}
      noValidate
      aria-label="Editing your comment"
      className="mt-2"
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${uid}-body`} className="sr-only">
        Edit your comment
      </label>
      <textarea
        id={`${uid}-body`}
        name="body"
        rows={Math.min(12, Math.max(3, body.split("\n").length + 1))}
        defaultValue={body}
        autoFocus
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${uid}-error`}
        className={textareaClass}
      />
      <FieldErrors id={`${uid}-error`} errors={errors} />
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="spoiler"
            defaultChecked={isSpoiler}
            className="size-4 accent-accent dark:accent-night-accent"
          />
          Contains spoilers
        </label>
        <div className="flex items-center gap-2">
          <button type="button" onClick={onDone} className={quietButtonClass}>
            Cancel
          </button>
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save changes
          </SubmitButton>
        </div>
      </div>
      <ActionStatus state={state} pending={pending} quietOnFieldErrors className="mt-2" />
    </form>
  );
}
