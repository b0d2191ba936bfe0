import Link from "next/link";
import { CommentTime } from "@/components/comments/comment-time";
import type { FollowingActivity } from "@/db/queries/following-activity";
import { formatScore } from "@/lib/format";

function What({ item }: { item: FollowingActivity }) {
  const film = (
    <Link href={`/reviews/${item.soundtrack.slug}`} className="link-accent">
      {item.soundtrack.filmTitle}
    </Link>
  );
  if (item.kind === "score") {
    return (
      <>
        scored {film}{" "}
        <span className="font-serif text-lg font-semibold tabular-nums">
          {formatScore(item.score)}
        </span>
      </>
    );
  }
  return <>commented on {film}</>;
}

/** One followed reader's score or comment: who, what, when, and the comment's words. */
function ActivityItem({ item }: { item: FollowingActivity }) {
  return (
    <li
      className="border-t border-stone-300/70 py-4 first:border-t-0 dark:border-stone-700"
      data-activity={item.kind}
    >
      <p>
        <Link href={`/u/${item.reader.handle}`} className="font-semibold hover:underline">
          {item.reader.name}
        </Link>{" "}
        <What item={item} />
        <span className="ml-2 text-sm text-soft">
          <CommentTime date={item.at} />
        </span>
      </p>
      {item.kind === "comment" && (
        <p className="mt-1 border-l-2 border-stone-300 pl-4 dark:border-stone-700">
          {item.excerpt ?? (
            <span className="text-soft italic">Contains spoilers: read it on the review.</span>
          )}{" "}
          <Link href={item.href} className="text-sm link-accent">
            Read in the discussion
          </Link>
        </p>
      )}
    </li>
  );
}

/** The latest scores and comments of the readers one follows, newest first. */
export function FollowingActivityList({ items }: { items: FollowingActivity[] }) {
  return (
    <ol aria-label="Latest from the readers you follow" className="mt-6">
      {items.map((item) => (
        <ActivityItem key={`${item.kind}-${item.cursor.id}`} item={item} />
      ))}
    </ol>
  );
}
