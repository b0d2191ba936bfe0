import Link from "next/link";
import { ReaderName } from "@/components/profile/reader-name";
import type { CommentState, QueueComment } from "@/db/queries/moderation";
import { describeReport } from "@/lib/moderation";
import { BanReader } from "./ban-reader";
import { DateTime } from "./date-time";
import { QueueCommentText } from "./queue-comment-text";

const STATES: Record<CommentState, { label: string; className: string }> = {
  visible: {
    label: "Visible",
    className: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  },
  hidden: {
    label: "Hidden",
    className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  deleted: {
    label: "Deleted",
    className: "bg-stone-200 text-stone-800 dark:bg-stone-800 dark:text-stone-200",
  },
};

function StateBadge({ state }: { state: CommentState }) {
  const { label, className } = STATES[state];
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${className}`}>{label}</span>
  );
}

function Reports({ reports, total }: { reports: QueueComment["reports"]; total: number }) {
  return (
    <div className="mt-3 rounded-md bg-accent-soft/60 px-3 py-2 text-sm dark:bg-stone-800/70">
      <p className="font-semibold">
        {total === 1 ? "1 open report" : `${total.toLocaleString("en-GB")} open reports`}
      </p>
      <ul className="mt-1 space-y-0.5">
        {reports.map(({ reason, count }) => {
          const { label, details } = describeReport(reason);
          return (
            <li key={reason} className="break-words">
              {label}
              {count > 1 && <span className="text-soft"> ×{count}</span>}
              {details && <span className="text-soft">: “{details}”</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function AuthorStanding({ author, adminId }: { author: QueueComment["author"]; adminId: string }) {
  if (author.role === "admin") {
    return <span className="text-xs font-semibold tracking-wide text-soft uppercase">Admin</span>;
  }
  if (author.id === adminId) return null;
  return (
    <>
      {author.bannedAt && (
        <span className="text-sm text-red-800 dark:text-red-300">
          Banned{author.banReason ? `: ${author.banReason}` : ""}
        </span>
      )}
      <BanReader userId={author.id} name={author.name} banned={author.bannedAt !== null} />
    </>
  );
}

type QueueRowProps = { comment: QueueComment; formId: string; adminId: string };

/** One comment in the queue: a tick box for the bar above, what was said, by whom, where. */
export function QueueRow({ comment, formId, adminId }: QueueRowProps) {
  const { author, review } = comment;
  return (
    <li className="flex gap-3 border-t border-stone-300/70 py-5 first:border-t-0 dark:border-stone-700">
      <input
        type="checkbox"
        name="commentIds"
        value={comment.id}
        form={formId}
        autoComplete="off"
        aria-label={`Select comment #${comment.id} by ${author.name}`}
        className="mt-1 size-5 shrink-0 accent-accent dark:accent-night-accent"
      />
      <article aria-label={`Comment #${comment.id} by ${author.name}`} className="min-w-0 flex-1">
        <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
          <ReaderName
            reader={{ ...author, banned: author.bannedAt !== null }}
            linkClassName="font-semibold underline-offset-4 hover:underline"
          />
          <span className="text-soft">
            {comment.isReply ? "replied on" : "on"}{" "}
            <Link href={`/reviews/${review.slug}#comment-${comment.id}`} className="link-accent">
              {review.filmTitle}
            </Link>
          </span>
          <span aria-hidden="true" className="text-soft">
            ·
          </span>
          <span className="text-soft">
            <DateTime date={comment.createdAt} />
          </span>
          <StateBadge state={comment.state} />
        </header>
        <QueueCommentText body={comment.body} />
        {comment.openReports > 0 && (
          <Reports reports={comment.reports} total={comment.openReports} />
        )}
        <div className="mt-2 -ml-1.5 flex flex-wrap items-center gap-x-3 gap-y-1">
          <AuthorStanding author={author} adminId={adminId} />
        </div>
      </article>
    </li>
  );
}
