import Link from "next/link";
import type { ProfileComment } from "@/db/queries/profiles";
import { formatDate } from "@/lib/format";

/** The reader's latest comments as plain-text excerpts, each linking to the comment itself. */
export function ProfileComments({ comments, name }: { comments: ProfileComment[]; name: string }) {
  if (comments.length === 0) {
    return <p className="mt-3 text-soft">{name} hasn’t commented yet.</p>;
  }
  return (
    <ul className="mt-4 space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="border-l-2 border-stone-300 pl-4 dark:border-stone-700">
          <p className="text-sm text-soft">
            On{" "}
            <Link href={`/reviews/${c.slug}#comment-${c.id}`} className="link-accent">
              {c.filmTitle}
            </Link>
            , <time dateTime={c.createdAt.toISOString()}>{formatDate(c.createdAt)}</time>
          </p>
          <p className="mt-1">
            {c.excerpt ?? (
              <span className="text-soft italic">Contains spoilers: read it on the review.</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
