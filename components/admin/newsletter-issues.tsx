import Link from "next/link";
import { DateTime } from "@/components/moderation/date-time";
import type { NewsletterIssueRow } from "@/db/queries/newsletter-issues";
import { formatNumber } from "@/lib/format";
import { IssueControls } from "./issue-controls";

const STATE_LABELS = {
  queued: "Queued",
  sending: "Sending",
  paused: "Paused",
  cancelled: "Cancelled",
  done: "Sent",
} as const;

/** Each issue: its review, its state, a bar of how far it went, and what became of each mail. */
export function NewsletterIssues({ issues }: { issues: NewsletterIssueRow[] }) {
  return (
    <ol className="mt-6 space-y-4">
      {issues.map((issue) => (
        <IssueCard key={issue.id} issue={issue} />
      ))}
    </ol>
  );
}

function IssueCard({ issue }: { issue: NewsletterIssueRow }) {
  const { progress: p } = issue;
  const remaining = p.queued + p.sending;
  const handled = p.total - remaining;
  const active = issue.state === "queued" || issue.state === "sending" || issue.state === "paused";
  const counts = [
    ["Mailed", p.sent],
    ["Still to mail", remaining],
    ["Failed", p.failed],
    ["Refused", p.bounced],
    ["Unsubscribed before their turn", p.skipped],
    ["Unconfirmed (sender stopped mid-mail)", p.unknown],
  ] as const;
  return (
    <li
      className="rounded-lg border border-stone-300 p-4 dark:border-stone-700"
      aria-label={`Newsletter: ${issue.review.headline}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-serif text-lg font-semibold">
          <Link href={`/reviews/${issue.review.slug}`} className="link-accent">
            {issue.review.headline}
          </Link>
        </h3>
        <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold dark:bg-stone-800">
          {STATE_LABELS[issue.state]}
        </span>
      </div>
      <p className="mt-1 text-sm text-soft">
        Queued <DateTime date={issue.createdAt} /> for {formatNumber(p.total)}{" "}
        {p.total === 1 ? "subscriber" : "subscribers"}
      </p>
      <progress
        className="mt-3 h-2 w-full accent-accent"
        max={Math.max(p.total, 1)}
        value={handled}
        aria-label={`${formatNumber(handled)} of ${formatNumber(p.total)} handled`}
      />
      <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {counts
          .filter(([label, n]) => n > 0 || label === "Mailed" || label === "Still to mail")
          .map(([label, n]) => (
            <div key={label} className="flex gap-1.5">
              <dt className="text-soft">{label}</dt>
              <dd className="font-semibold tabular-nums">{formatNumber(n)}</dd>
            </div>
          ))}
      </dl>
      {active && (
        <IssueControls
          key={issue.state}
          issueId={issue.id}
          headline={issue.review.headline}
          paused={issue.state === "paused"}
          remaining={remaining}
        />
      )}
    </li>
  );
}
