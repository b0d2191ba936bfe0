"use client";

import { useId, useRef, useState } from "react";
import { reportComment, withdrawReport } from "@/app/reviews/[slug]/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { FieldErrors } from "@/components/forms/form-field";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { patchReported } from "@/components/viewer/viewer-store";
import { fieldValue } from "@/lib/action-state";
import { REPORT_REASONS, type ReportReason } from "@/lib/comment-rules";
import { actionButtonClass, textareaClass } from "./ui";

type ReportProps = { reviewId: number; commentId: number; authorName: string; reported: boolean };

function Hidden({ reviewId, commentId }: { reviewId: number; commentId: number }) {
  return (
    <>
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="commentId" value={commentId} />
    </>
  );
}

/** Report to the moderators with a reason; once reported, the reader may withdraw it. */
export function ReportComment({ reviewId, commentId, authorName, reported }: ReportProps) {
  const [open, setOpen] = useState(false);
  const [last, setLast] = useState<"report" | "withdraw">("report");
  const openerRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => openerRef.current?.focus());
  };
  const {
    state: reportState,
    formAction: report,
    pending: reporting,
    onSubmit: onReport,
  } = useAction(reportComment, {
    onSend: () => setLast("report"),
    onDone: () => {
      close();
      patchReported(commentId, true);
    },
  });
  const {
    state: withdrawState,
    formAction: withdraw,
    pending: withdrawing,
    onSubmit: onWithdraw,
  } = useAction(withdrawReport, {
    onSend: () => setLast("withdraw"),
    onDone: () => patchReported(commentId, false),
  });
  const uid = useId();
  const status = last === "report" ? reportState : withdrawState;

  const body = reported ? (
    <form action={withdraw} onSubmit={onWithdraw} className="inline-flex items-center gap-1">
      <Hidden reviewId={reviewId} commentId={commentId} />
      <span className="px-1.5 text-sm font-medium text-accent dark:text-night-accent">
        Reported
      </span>
      <SubmitButton pending={withdrawing} pendingLabel="Withdrawing…" className={actionButtonClass}>
        Withdraw report
      </SubmitButton>
    </form>
  ) : !open ? (
    <button
      ref={openerRef}
      type="button"
      aria-expanded={false}
      aria-label={`Report comment by ${authorName}`}
      onClick={() => setOpen(true)}
      className={actionButtonClass}
    >
      Report
    </button>
  ) : (
    <form
      action={report}
      onSubmit={onReport}
      noValidate
      aria-label={`Report comment by ${authorName}`}
      className="mt-2 rounded-lg border border-stone-300 p-4 dark:border-stone-700"
    >
      <Hidden reviewId={reviewId} commentId={commentId} />
      <fieldset aria-describedby={`${uid}-reason-error`}>
        <legend className="text-sm font-semibold">Why should the moderators look at this?</legend>
        <div className="mt-2 grid gap-1.5 sm:grid-cols-2">
          {(Object.entries(REPORT_REASONS) as [ReportReason, string][]).map(([value, label], i) => (
            <label key={value} className="inline-flex cursor-pointer items-center gap-2 text-sm">
              <input
                type="radio"
                name="reason"
                value={value}
                defaultChecked={fieldValue(reportState, "reason") === value}
                autoFocus={i === 0}
                className="size-4 accent-accent dark:accent-night-accent"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <FieldErrors id={`${uid}-reason-error`} errors={reportState.fieldErrors?.reason} />
      <label htmlFor={`${uid}-details`} className="mt-3 block text-sm font-medium">
        Anything else they should know? <span className="font-normal text-soft">(optional)</span>
      </label>
      <textarea
        id={`${uid}-details`}
        name="details"
        rows={2}
        aria-invalid={reportState.fieldErrors?.details ? true : undefined}
        aria-describedby={`${uid}-details-error`}
        className={textareaClass}
      />
      <FieldErrors id={`${uid}-details-error`} errors={reportState.fieldErrors?.details} />
      <div className="mt-3 flex flex-wrap gap-2">
        <SubmitButton pending={reporting} pendingLabel="Sending…">
          Send report
        </SubmitButton>
        <button type="button" onClick={close} className={quietButtonClass}>
          Cancel
        </button>
      </div>
    </form>
  );

  return (
    <div className={open && !reported ? "basis-full" : "contents"}>
      {body}
      <ActionStatus state={status} pending={reporting || withdrawing} quietOnFieldErrors />
    </div>
  );
}
