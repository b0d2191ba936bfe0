import Link from "next/link";
import { commentCount } from "@/lib/moderation";

/** "No comments yet", "1 comment", "1,200 comments". */
export function commentCountLabel(count: number): string {
  return count === 0 ? "No comments yet" : commentCount(count);
}

export function CommentCount({ slug, count }: { slug: string; count: number }) {
  return (
    <Link
      href={`/reviews/${slug}#comments`}
      className="text-sm text-soft underline-offset-4 hover:underline"
    >
      {commentCountLabel(count)}
    </Link>
  );
}
