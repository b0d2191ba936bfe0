import { z } from "zod";
import { getViewer } from "@/auth/viewer";
import { getOwnCommentSource } from "@/db/queries/comments";

const commentId = z.coerce.number().int().positive();

/** The Markdown of the caller's own comment, for its editor; anyone else's is "not found". */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = commentId.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "Not a comment id." }, { status: 400 });
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "Sign in to edit your comments." }, { status: 401 });
  const source = await getOwnCommentSource(id.data, viewer.id);
  if (!source) return Response.json({ error: "No such comment of yours." }, { status: 404 });
  return Response.json(source, { headers: { "cache-control": "private, no-store" } });
}
