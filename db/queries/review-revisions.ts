import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type EditorValues, readEditorValues, type RevisionItem } from "@/lib/editor-values";
import { getDb } from "..";
import type { Database } from "../client";
import { reviewRevisions, users } from "../schema";

const REVISIONS_SHOWN = 50;
export type RevisionKind = "autosave" | "save" | "restore";

/** Autosaves by one editor within this long are kept as one version of the history. */
const AUTOSAVE_WINDOW_MS = 10 * 60 * 1000;

/** The review's saved versions, newest first. */
export async function getRevisions(reviewId: number): Promise<RevisionItem[]> {
  const rows = await getDb()
    .select({
      id: reviewRevisions.id,
      kind: reviewRevisions.kind,
      createdAt: reviewRevisions.createdAt,
      name: users.name,
      handle: users.handle,
    })
    .from(reviewRevisions)
    .leftJoin(users, eq(users.id, reviewRevisions.authorId))
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(desc(reviewRevisions.createdAt), desc(reviewRevisions.id))
    .limit(REVISIONS_SHOWN);
  return rows.map(({ name, handle, createdAt, ...row }) => ({
    ...row,
    createdAt: createdAt.getTime(),
    author: name ?? handle ?? null,
  }));
}

/** One version of the review's form, as it was kept. */
export async function getRevision(
  reviewId: number,
  revisionId: number,
): Promise<{ createdAt: Date; values: EditorValues } | undefined> {
  const [row] = await getDb()
    .select({ createdAt: reviewRevisions.createdAt, snapshot: reviewRevisions.snapshot })
    .from(reviewRevisions)
    .where(and(eq(reviewRevisions.id, revisionId), eq(reviewRevisions.reviewId, reviewId)));
  return row && { createdAt: row.createdAt, values: readEditorValues(row.snapshot) };
}

/**
 * The version of the form to keep: a new row, or the editor's recent autosave brought up to date.
 * (Wrapped: a query builder returned from an async function would be run by the await.)
 */
export async function revisionStatement(
  db: Database,
  revision: { reviewId: number; actorId: string; kind: RevisionKind; snapshot: EditorValues },
): Promise<{ statement: BatchItem<"sqlite"> }> {
  const createdAt = new Date();
  if (revision.kind === "autosave") {
    const [latest] = await db
      .select()
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, revision.reviewId))
      .orderBy(desc(reviewRevisions.createdAt), desc(reviewRevisions.id))
      .limit(1);
    if (
      latest?.kind === "autosave" &&
      latest.authorId === revision.actorId &&
      createdAt.getTime() - latest.createdAt.getTime() < AUTOSAVE_WINDOW_MS
    ) {
      const statement = db
        .update(reviewRevisions)
        .set({ snapshot: revision.snapshot, createdAt })
        .where(eq(reviewRevisions.id, latest.id));
      return { statement };
    }
  }
  const statement = db.insert(reviewRevisions).values({
    reviewId: revision.reviewId,
    authorId: revision.actorId,
    kind: revision.kind,
    snapshot: revision.snapshot,
    createdAt,
  });
  return { statement };
}

/** What was typed, kept in the history only: the review itself is left as it is. */
export async function recordAutosave(reviewId: number, snapshot: EditorValues, actorId: string) {
  const db = getDb();
  const { statement } = await revisionStatement(db, {
    reviewId,
    actorId,
    kind: "autosave",
    snapshot,
  });
  await db.batch([statement]);
}
