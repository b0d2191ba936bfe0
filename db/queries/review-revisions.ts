import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { type EditorValues, readEditorValues, type RevisionItem } from "@/lib/editor-values";
import { type RevisionKind, revisionWrite } from "@/lib/revision-rule";
import { getDb } from "..";
import type { Database } from "../client";
import { now as clockNow } from "../clock.mjs";
import { reviewRevisions, users } from "../schema";

const REVISIONS_SHOWN = 50;
export type { RevisionKind };

/** The review's saved versions, newest first. */
export async function getRevisions(reviewId: number): Promise<RevisionItem[]> {
  const rows = await getDb()
    .select({
      id: reviewRevisions.id,
      kind: reviewRevisions.kind,
      createdAt: reviewRevisions.createdAt,
      updatedAt: reviewRevisions.updatedAt,
      name: users.name,
      handle: users.handle,
    })
    .from(reviewRevisions)
    .leftJoin(users, eq(users.id, reviewRevisions.authorId))
    .where(eq(reviewRevisions.reviewId, reviewId))
    .orderBy(desc(reviewRevisions.createdAt), desc(reviewRevisions.id))
    .limit(REVISIONS_SHOWN);
  return rows.map(({ name, handle, createdAt, updatedAt, ...row }) => ({
    ...row,
    // The time of the text it holds: an autosave brought up to date holds its latest.
    createdAt: (updatedAt ?? createdAt).getTime(),
    author: name ?? handle ?? null,
  }));
}

/** One version of the review's form, as it was kept. */
export async function getRevision(
  reviewId: number,
  revisionId: number,
): Promise<{ createdAt: Date; values: EditorValues } | undefined> {
  const [row] = await getDb()
    .select({
      createdAt: reviewRevisions.createdAt,
      updatedAt: reviewRevisions.updatedAt,
      snapshot: reviewRevisions.snapshot,
    })
    .from(reviewRevisions)
    .where(and(eq(reviewRevisions.id, revisionId), eq(reviewRevisions.reviewId, reviewId)));
  return (
    row && { createdAt: row.updatedAt ?? row.createdAt, values: readEditorValues(row.snapshot) }
  );
}

/**
 * The version of the form to keep: a new row, or the latest one brought up to date, as
 * lib/revision-rule.ts says (at most one autosaved version a minute, on the site's clock).
 * (Wrapped: a query builder returned from an async function would be run by the await.)
 */
export async function revisionStatement(
  db: Database,
  revision: { reviewId: number; actorId: string; kind: RevisionKind; snapshot: EditorValues },
  now = clockNow(),
): Promise<{ statement: BatchItem<"sqlite"> }> {
  const [latest] = await db
    .select({
      id: reviewRevisions.id,
      kind: reviewRevisions.kind,
      authorId: reviewRevisions.authorId,
      createdAt: reviewRevisions.createdAt,
    })
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, revision.reviewId))
    .orderBy(desc(reviewRevisions.createdAt), desc(reviewRevisions.id))
    .limit(1);
  const write = { kind: revision.kind, actorId: revision.actorId, now };
  if (latest && revisionWrite(latest, write) === "update") {
    // An autosave keeps the version's start, which its minute is counted from; a Save takes it
    // over as a version of its own, from now.
    const set =
      revision.kind === "autosave"
        ? { snapshot: revision.snapshot, updatedAt: now }
        : { snapshot: revision.snapshot, kind: revision.kind, createdAt: now, updatedAt: null };
    const statement = db.update(reviewRevisions).set(set).where(eq(reviewRevisions.id, latest.id));
    return { statement };
  }
  const statement = db.insert(reviewRevisions).values({
    reviewId: revision.reviewId,
    authorId: revision.actorId,
    kind: revision.kind,
    snapshot: revision.snapshot,
    createdAt: now,
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
