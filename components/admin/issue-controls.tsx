"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  cancelNewsletter,
  pauseNewsletter,
  resumeNewsletter,
} from "@/app/admin/newsletter/actions";
import { quietButtonClass } from "@/components/forms/button-styles";
import { ConfirmForm } from "@/components/forms/confirm-form";
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
        <ConfirmForm
          action={cancel}
          question={
            <>
              Cancel the newsletter of “{headline}”? The {formatNumber(remaining)}{" "}
              {remaining === 1 ? "subscriber" : "subscribers"} not mailed yet will not get it, and
              it cannot be sent again.
            </>
          }
          confirm={{ label: "Cancel the newsletter", pendingLabel: "Cancelling…" }}
          keepLabel="Keep sending"
          onKeep={() => setAsking(false)}
        >
          <input type="hidden" name="issueId" value={issueId} />
        </ConfirmForm>
      )}
    </div>
  );
}
