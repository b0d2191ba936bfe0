import { z } from "zod";
import { getViewer } from "@/auth/viewer";
import { getListIdsHolding } from "@/db/queries/reader-list-reads";
import { getReaderLists } from "@/db/queries/reader-lists";
import { LIST_MESSAGES, type MyListsPayload } from "@/lib/list-rules";

const PRIVATE = { "cache-control": "private, no-store" };
const query = z.object({ soundtrack: z.coerce.number().int().positive() });

/**
 * The signed-in reader's lists, private ones too, each saying whether it holds the soundtrack:
 * for "Add to a list" on a review, which is cached the same for everyone and asks after loading.
 */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) {
    return Response.json({ error: LIST_MESSAGES.signIn }, { status: 401, headers: PRIVATE });
  }
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(
      { error: "Say which soundtrack: ?soundtrack=<its number>." },
      { status: 400, headers: PRIVATE },
    );
  }
  const [lists, holding] = await Promise.all([
    getReaderLists(viewer.id, { includePrivate: true }),
    getListIdsHolding(viewer.id, parsed.data.soundtrack),
  ]);
  const payload: MyListsPayload = {
    handle: viewer.handle,
    lists: lists.map((l) => ({
      id: l.id,
      title: l.title,
      isPublic: l.isPublic,
      entries: l.entries,
      holds: holding.includes(l.id),
    })),
  };
  return Response.json(payload, { headers: PRIVATE });
}
