import Link from "next/link";

export function CommentCount({ slug, count }: { slug: string; count: number }) {
  return (
    <Link
      href={`/reviews/${slug}#comments`}
      className="text-sm text-soft underline-offset-4 hover:underline"
    >
      {count === 0 ? "No comments yet" : `${count} ${count === 1 ? "comment" : "comments"}`}
    </Link>
  );
}
