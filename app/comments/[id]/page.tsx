import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getCommentPlace } from "@/db/queries/comment-place";

// Where the comment is now: its thread's page moves as threads before it are deleted.
export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive();

/**
 * A link to one comment (from the Following page): sends the browser to its place in the
 * discussion; a comment deleted, hidden or on a review no longer live, or a malformed id, is a 404.
 */
export default async function CommentLink({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  const place = id.success ? await getCommentPlace(id.data) : null;
  if (!place) notFound();
  redirect(place);
}
