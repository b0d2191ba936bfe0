"use client";

import { useId, useRef, useState } from "react";
import { postComment } from "@/app/reviews/[slug]/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { COMMENT_MAX_LENGTH, commentTooLongMessage } from "@/lib/comment-rules";
import { textareaClass, TimeZoneInput } from "./ui";

type CommentFormProps = {
  reviewId: number;
  /** Set for a reply: the comment replied to (the server attaches it to its top-level comment). */
  parentId?: number;
  replyingTo?: string;
  onCancel?: () => void;
  onPosted?: () => void;
};

const count = (n: number) => n.toLocaleString("en-GB");

/** crypto.randomUUID exists only on HTTPS and localhost; getRandomValues everywhere. */
function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The length shown only near the limit, so it does not nag. */
function LengthHint({ length }: { length: number }) {
  if (length < COMMENT_MAX_LENGTH - 500) return null;
  const over = length > COMMENT_MAX_LENGTH;
  return (
    <span className={`tabular-nums ${over ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
      {count(length)} / {count(COMMENT_MAX_LENGTH)}
    </span>
  );
}

export function CommentForm({
  reviewId,
  parentId,
  replyingTo,
  onCancel,
  onPosted,
}: CommentFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [length, setLength] = useState(0);
  // Said before sending: a pasted book would otherwise travel to the server only to be refused.
  const [tooLong, setTooLong] = useState<string | null>(null);
  // One key per draft, sent with every try of it: the server posts a draft once, however often
  // the browser sends it. A new draft begins once it is posted.
  const [draftKey, setDraftKey] = useState(newDraftKey);
  const { state, formAction, pending, onSubmit } = useAction(postComment, {
    onDone: () => {
      formRef.current?.reset();
      setLength(0);
      setDraftKey(newDraftKey());
      onPosted?.();
    },
  });
  const uid = useId();
  const isReply = parentId !== undefined;
  const errors = tooLong ? [tooLong] : state.fieldErrors?.body;
  const ids = { body: `${uid}-body`, hint: `${uid}-hint`, error: `${uid}-error` };

  return (
    <form
      ref={formRef}
      id={isReply ? undefined : "comment-form"}
      action={formAction}
      onSubmit={(event) => {
        const body = new FormData(event.currentTarget).get("body");
        const typed = typeof body === "string" ? body.trim().length : 0;
        if (typed <= COMMENT_MAX_LENGTH) return onSubmit(event);
        event.preventDefault();
        setTooLong(commentTooLongMessage(typed));
      }}
      noValidate
      aria-label={isReply ? `Reply to ${replyingTo ?? "comment"}` : "Post a comment"}
      className={
        isReply
          ? "mt-4"
          : "scroll-mt-24 rounded-xl border border-stone-300/80 bg-white/60 p-4 sm:p-5 dark:border-stone-700 dark:bg-stone-900/40"
      }
    >
      <input type="hidden" name="reviewId" value={reviewId} />
      {isReply && <input type="hidden" name="parentId" value={parentId} />}
      <input type="hidden" name="key" value={draftKey} />
      <TimeZoneInput />
      <label htmlFor={ids.body} className="block text-sm font-semibold">
        {isReply ? `Your reply to ${replyingTo ?? "this comment"}` : "Your comment"}
      </label>
      <textarea
        id={ids.body}
        name="body"
        rows={isReply ? 3 : 4}
        autoFocus={isReply}
        defaultValue=""
        onChange={(e) => {
          setLength(e.currentTarget.value.length);
          setTooLong(null);
        }}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${ids.hint} ${ids.error}`}
        className={textareaClass}
      />
      <FieldErrors id={ids.error} errors={errors} />
      <p id={ids.hint} className="mt-1 flex flex-wrap justify-between gap-x-4 text-xs text-soft">
        <span>*italic*, **bold**, [links](https://…), &gt; quotes and `code` work. Be kind.</span>
        <LengthHint length={length} />
      </p>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="spoiler"
            className="size-4 accent-accent dark:accent-night-accent"
          />
          Contains spoilers
        </label>
        <div className="flex items-center gap-2">
          {onCancel && (
            <button type="button" onClick={onCancel} className={quietButtonClass}>
              Cancel
            </button>
          )}
          <SubmitButton pending={pending} pendingLabel="Posting…">
            {isReply ? "Post reply" : "Post comment"}
          </SubmitButton>
        </div>
      </div>
      <ActionStatus state={state} pending={pending} quietOnFieldErrors className="mt-2 min-h-5" />
    </form>
  );
}
