import Link from "next/link";
import { useState } from "react";
import { chooseNewsletter, sendNewsletterTest } from "@/app/admin/reviews/newsletter-actions";
import { ActionStatus } from "@/components/forms/action-status";
import { quietButtonClass } from "@/components/forms/button-styles";
import { NEWSLETTER_CHOICES, type NewsletterChoice } from "@/lib/newsletter-editor";
import { useEditorAction } from "./use-editor-action";

export type NewsletterIssueSummary = {
  state: string;
  progress: { sent: number; total: number; failed: number; bounced: number };
};

type Props = {
  reviewId: number;
  mode: NewsletterChoice;
  /** Its issue once queued: then what it sends can no longer change. */
  issue: NewsletterIssueSummary | null;
  onSessionEnded: () => void;
};

const OFFLINE = "The site could not be reached, and nothing changed. Try again.";

const ISSUE_STATES: Record<string, string> = {
  queued: "Queued, waiting to be sent.",
  sending: "Sending now.",
  paused: "Paused.",
  cancelled: "Cancelled.",
  done: "Sent.",
};

function IssueState({ issue }: { issue: NewsletterIssueSummary }) {
  const { sent, total, failed, bounced } = issue.progress;
  const unsent = failed + bounced;
  return (
    <p className="text-sm">
      <span className="font-medium">{ISSUE_STATES[issue.state] ?? issue.state}</span> {sent} of{" "}
      {total} {total === 1 ? "subscriber" : "subscribers"} mailed
      {unsent > 0 && `, ${unsent} not delivered`}.{" "}
      <Link href="/admin/newsletter" className="link-accent">
        The newsletter’s progress
      </Link>
    </p>
  );
}

/**
 * What the review's newsletter sends when it goes live, saved at once (apart from the draft), a
 * preview of the mail and a test of it to the editor; once its issue is queued, how it goes.
 */
export function NewsletterPanel({ reviewId, mode: initial, issue, onSessionEnded }: Props) {
  const [mode, setMode] = useState(initial);
  const choice = useEditorAction(OFFLINE, onSessionEnded);
  const test = useEditorAction(OFFLINE, onSessionEnded);

  const choose = async (next: NewsletterChoice) => {
    const before = mode;
    setMode(next);
    const state = await choice.send(chooseNewsletter, { reviewId: String(reviewId), mode: next });
    if (state?.status !== "ok") setMode(before);
  };

  return (
    <section aria-labelledby="newsletter-heading" className="space-y-3">
      <h2 id="newsletter-heading" className="font-serif text-xl font-semibold">
        Newsletter
      </h2>
      {issue ? (
        <IssueState issue={issue} />
      ) : (
        <fieldset aria-describedby="newsletter-choice-status">
          <legend className="text-sm text-soft">
            What subscribers are mailed when the review goes live. Saved as soon as you choose.
          </legend>
          <div className="mt-2 space-y-2">
            {NEWSLETTER_CHOICES.map((c) => (
              <div key={c.mode} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`newsletter-mode-${c.mode}`}
                  name="newsletter-mode"
                  value={c.mode}
                  checked={mode === c.mode}
                  onChange={() => void choose(c.mode)}
                  aria-describedby={`newsletter-mode-${c.mode}-hint`}
                  className="mt-1 accent-accent dark:accent-night-accent"
                />
                <div>
                  {/* The hint is not part of the label: "Summary" names the summary field alone. */}
                  <label
                    htmlFor={`newsletter-mode-${c.mode}`}
                    className="cursor-pointer font-medium"
                  >
                    {c.label}
                  </label>
                  <p id={`newsletter-mode-${c.mode}-hint`} className="text-sm text-soft">
                    {c.hint}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <ActionStatus
        id="newsletter-choice-status"
        state={choice.outcome}
        pending={choice.pending}
        pendingText="Saving…"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/admin/reviews/${reviewId}/newsletter`} className="link-accent font-medium">
          Preview the mail
        </Link>
        <button
          type="button"
          aria-disabled={test.pending || undefined}
          onClick={() => {
            if (!test.pending) void test.send(sendNewsletterTest, { reviewId: String(reviewId) });
          }}
          className={quietButtonClass}
        >
          Send me a test
        </button>
      </div>
      <ActionStatus state={test.outcome} pending={test.pending} pendingText="Sending the test…" />
    </section>
  );
}
