"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  cancelNewsletter,
  pauseNewsletter,
  resumeNewsletter,
} from "@/app/admin/newsletter/actions";
import { dangerButtonClass, quietButtonClass } from "@/components/forms/button-styles";
import { ActionStatus } from "@/components/forms/action-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { formatNumber } from "@/lib/format";
import { announce } from "./admin-notice";

type Props = { issueId: number; headline: string; paused: boolean; remaining: number };

/** Pause or resume a newsletter being sent, or cancel it after saying how many it would skip. */
export function IssueControls({ issueId, headline, paused, remaining }: Props) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const onDone = (done: { message: string }) => {
    announce(done.message);
    setAsking(false);
    router.refresh();
  };
  const toggle = useAction(paused ? resumeNewsletter : pauseNewsletter, { onDone });
  const cancel = useAction(cancelNewsletter, { onDone });
  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={toggle.formAction} onSubmit={toggle.onSubmit}>
          <input type="hidden" name="issueId" value={issueId} />
          <SubmitButton
            pending={toggle.pending}
            pendingLabel={paused ? "Resuming…" : "Pausing…"}
            label={`${paused ? "Resume" : "Pause"} the newsletter of “${headline}”`}
            className={quietButtonClass}
          >
            {paused ? "Resume" : "Pause"}
          </SubmitButton>
        </form>
        {!asking && (
          <button type="button" className={quietButtonClass} onClick={() => setAsking(true)}>
            Cancel…
          </button>
        )}
      </div>
      <ActionStatus state={toggle.state} pending={toggle.pending} />
      {asking && (
        <form
          action={cancel.formAction}
          onSubmit={cancel.onSubmit}
          className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800"
        >
          <p className="text-sm">
            Cancel the newsletter of “{headline}”? The {formatNumber(remaining)}{" "}
            {remaining === 1 ? "subscriber" : "subscribers"} not mailed yet will not get it, and it
            cannot be sent again.
          </p>
          <input type="hidden" name="issueId" value={issueId} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton
              pending={cancel.pending}
              pendingLabel="Cancelling…"
              className={dangerButtonClass}
            >
              Cancel the newsletter
            </SubmitButton>
            <button type="button" className={quietButtonClass} onClick={() => setAsking(false)}>
              Keep sending
            </button>
          </div>
          <ActionStatus state={cancel.state} pending={cancel.pending} />
        </form>
      )}
    </div>
  );
}
