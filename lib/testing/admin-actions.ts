import type { Database } from "@/db/client";
import { reviews, soundtracks, tracks, users } from "@/db/schema";
import type { FormValue } from "@/lib/action-state";
import type { Viewer } from "@/lib/viewer";

// For the tests that call server actions directly. Their vi.mock calls stay in each test file:
// vitest hoists them above that file's imports only.

/** The form a browser would post: a list is sent as the same field once per item. */
export function formOf(fields: Record<string, FormValue>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** An account written straight to the test database, as the actions see its holder signed in. */
export async function viewerAccount(
  db: Database,
  handle: string,
  { role = "reader", name = handle }: { role?: Viewer["role"]; name?: string } = {},
): Promise<Viewer> {
  const [row] = await db
    .insert(users)
    .values({ name, handle, email: `${handle}@example.test`, role })
    .returning({ id: users.id });
  return { id: row!.id, name, handle, role };
}

/**
 * What auth/viewer's getComparingViewer answers for this caller: whether they keep their scores
 * private as their account says now, for the tests that mock the session away.
 */
export async function comparingViewerOf(viewer: Viewer | null) {
  if (!viewer) return null;
  const { getUserAuthState } = await import("@/db/queries/users");
  return { viewer, scoresPrivate: (await getUserAuthState(viewer.id))!.scoresPrivate };
}

/** A draft review of `slug` ("Headline <slug>") with a soundtrack ("Film <slug>") of one track. */
export async function insertDraftReview(db: Database, slug: string) {
  const [soundtrack] = await db
    .insert(soundtracks)
    .values({ slug, filmTitle: `Film ${slug}` })
    .returning();
  await db
    .insert(tracks)
    .values({ soundtrackId: soundtrack!.id, position: 1, title: "One", durationSeconds: 60 });
  const [review] = await db
    .insert(reviews)
    .values({
      soundtrackId: soundtrack!.id,
      slug,
      headline: `Headline ${slug}`,
      summary: "",
      body: "Body",
    })
    .returning();
  return review!;
}
