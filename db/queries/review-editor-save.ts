import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { writes } from "@/cache/tags";
import type { EditorInput } from "@/lib/editor-schemas";
import type { EditorValues } from "@/lib/editor-values";
import type { ReviewFileLink } from "@/lib/review-file";
import type { ParsedTrack } from "@/lib/track-list";
import { getDb } from "..";
import type { Database } from "../client";
import { now as clockNow } from "../clock.mjs";
import {
  composerInserts,
  composerRow,
  linkInserts,
  newReviewInserts,
  type NewReview,
  trackInserts,
} from "../review-inserts";
import {
  listeningLinks,
  reviewRevisions,
  reviews,
  reviewSlugRedirects,
  soundtrackComposers,
  soundtracks,
  tracks,
} from "../schema";
import { auditEntry, reviewIdBySlug } from "./audit";
import { publishWrite } from "./publishing";
import type { EditorReview } from "./review-editor";
import { type RevisionKind, revisionStatement } from "./review-revisions";

type Statement = BatchItem<"sqlite">;
/** Which stored track each row of the form is now, by the row's key. */
export type TrackIds = Record<string, number>;

// Tracks step aside by this much while the rows kept are put in their new order.
const ASIDE = 100_000;

function soundtrackFields(input: EditorInput) {
  return {
    filmTitle: input.filmTitle,
    filmYear: input.filmYear,
    label: input.label,
    albumReleaseDate: input.albumReleaseDate,
    coverAlt: input.coverAlt,
  };
}

function reviewFields(input: EditorInput) {
  return {
    headline: input.headline,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    criticScore: input.criticScore,
  };
}

/** The form's listening links as a file's: each track's by its place. */
function formLinks(input: EditorInput): ReviewFileLink[] {
  const byKey = new Map(input.tracks.map((t) => [t.key, t]));
  return input.links.map(({ label, url, track: key }) => {
    const track = byKey.get(key);
    return { label, url, track: track ? { disc: track.disc, position: track.position } : null };
  });
}

/** The form's track rows as a file's tracks. */
const formTracks = (rows: EditorInput["tracks"]): ParsedTrack[] =>
  rows.map(({ disc, position, title, duration }) => ({
    disc,
    position,
    title,
    durationSeconds: duration,
  }));

/** The composers, then the links, in the form's order. */
function composerAndLinkInserts(db: Database, soundtrackId: number, input: EditorInput, at: Date) {
  return [
    ...composerInserts(db, soundtrackId, input.composers.map(composerRow), { at }),
    ...linkInserts(db, soundtrackId, formLinks(input)),
  ];
}

/** The form as a new review: a draft whose soundtrack's slug is its own. */
function newEditorReview(input: EditorInput, authorId: string): NewReview {
  return {
    ...soundtrackFields(input),
    ...reviewFields(input),
    soundtrackSlug: input.slug,
    coverImageUrl: null,
    isSample: false,
    composers: input.composers.map(composerRow),
    tracks: formTracks(input.tracks),
    links: formLinks(input),
    status: "draft",
    publishedAt: null,
    weekNumber: null,
    authorId,
  };
}

async function storedTrackIds(soundtrackId: number, input: EditorInput): Promise<TrackIds> {
  const rows = await getDb()
    .select({ id: tracks.id, disc: tracks.disc, position: tracks.position })
    .from(tracks)
    .where(eq(tracks.soundtrackId, soundtrackId));
  const byPlace = new Map(rows.map((r) => [`${r.disc}:${r.position}`, r.id]));
  return Object.fromEntries(
    input.tracks.flatMap((t) => {
      const id = byPlace.get(`${t.disc}:${t.position}`);
      return id === undefined ? [] : [[t.key, id]];
    }),
  );
}

/**
 * A new draft with its soundtrack, composers, tracks and links, its first version in the history
 * (a save, or an autosave when it was made while typing) and its audit line: one batch, so all of
 * it is written or none. Its address, which its soundtrack's slug follows, was checked to be free
 * (findSlugHolder): a taken one is refused, as the import refuses one.
 */
export async function createEditorReview(
  input: EditorInput,
  snapshot: EditorValues,
  actorId: string,
  kind: "save" | "autosave" = "save",
): Promise<{ reviewId: number; trackIds: TrackIds }> {
  const db = getDb();
  const reviewId = reviewIdBySlug(input.slug);
  const now = clockNow();
  await db.batch([
    ...newReviewInserts(db, newEditorReview(input, actorId), { at: now }),
    db
      .insert(reviewRevisions)
      .values({ reviewId, authorId: actorId, kind, snapshot, createdAt: now }),
    auditEntry(db, {
      actorId,
      action: "review.created",
      targetType: "review",
      targetId: reviewId,
      summary: input.headline,
      at: now,
    }),
  ]);
  const [created] = await db
    .select({ id: reviews.id, soundtrackId: reviews.soundtrackId })
    .from(reviews)
    .where(eq(reviews.slug, input.slug));
  return { reviewId: created!.id, trackIds: await storedTrackIds(created!.soundtrackId, input) };
}

/**
 * Rows that edit a stored track update it in place, so readers' favourites of it stay. Once the
 * others are gone, the tracks kept step aside together, so that none of them is in another's
 * new place while each is moved to its own.
 */
function trackStatements(db: Database, soundtrackId: number, input: EditorInput, stored: number[]) {
  const known = new Set(stored);
  const kept = input.tracks.filter((t) => t.id !== null && known.has(t.id));
  const keptIds = kept.map((t) => t.id!);
  const ofThis = eq(tracks.soundtrackId, soundtrackId);
  return [
    db
      .delete(tracks)
      .where(keptIds.length > 0 ? and(ofThis, notInArray(tracks.id, keptIds)) : ofThis),
    ...(keptIds.length > 0
      ? [
          db
            .update(tracks)
            .set({ position: sql`${tracks.position} + ${ASIDE}` })
            .where(ofThis),
        ]
      : []),
    ...kept.map((t) =>
      db
        .update(tracks)
        .set({ disc: t.disc, position: t.position, title: t.title, durationSeconds: t.duration })
        .where(and(ofThis, eq(tracks.id, t.id!))),
    ),
    ...trackInserts(
      db,
      soundtrackId,
      formTracks(input.tracks.filter((t) => t.id === null || !known.has(t.id))),
    ),
  ];
}

export type SaveChange = {
  review: EditorReview;
  input: EditorInput;
  snapshot: EditorValues;
  actorId: string;
  kind: RevisionKind;
};

/**
 * Writes the whole form over the review and its soundtrack, with a version in the history and,
 * for a save or a restore, an audit line: one batch, published at once when the review is live.
 * A review that was ever on the site keeps its old address, which leads to the new one.
 */
export async function saveEditorReview(change: SaveChange): Promise<TrackIds> {
  const { review, input, actorId, kind } = change;
  const db = getDb();
  const now = clockNow();
  const s = review.soundtrackId;
  const moved = input.slug !== review.slug;
  const statements: Statement[] = [
    db
      .update(soundtracks)
      .set({ ...soundtrackFields(input), updatedAt: now })
      .where(eq(soundtracks.id, s)),
    db.delete(soundtrackComposers).where(eq(soundtrackComposers.soundtrackId, s)),
    db.delete(listeningLinks).where(eq(listeningLinks.soundtrackId, s)),
    ...trackStatements(db, s, input, review.trackIds),
    ...composerAndLinkInserts(db, s, input, now),
    db
      .update(reviews)
      .set({ ...reviewFields(input), updatedAt: now })
      .where(eq(reviews.id, review.id)),
  ];
  if (moved) {
    statements.push(
      db
        .delete(reviewSlugRedirects)
        .where(
          and(
            eq(reviewSlugRedirects.slug, input.slug),
            eq(reviewSlugRedirects.reviewId, review.id),
          ),
        ),
    );
    if (review.everLive) {
      statements.push(
        db
          .insert(reviewSlugRedirects)
          .values({ slug: review.slug, reviewId: review.id, createdAt: now })
          .onConflictDoUpdate({ target: reviewSlugRedirects.slug, set: { reviewId: review.id } }),
      );
    }
  }
  const revision = { reviewId: review.id, actorId, kind, snapshot: change.snapshot };
  statements.push((await revisionStatement(db, revision, now)).statement);
  if (kind !== "autosave") {
    const action = kind === "restore" ? "review.restored" : "review.saved";
    const summary = moved ? `${input.headline}: now at /reviews/${input.slug}` : input.headline;
    statements.push(
      auditEntry(db, {
        actorId,
        action,
        targetType: "review",
        targetId: review.id,
        summary,
        at: now,
      }),
    );
  }
  const live = review.live ? writes.reviewSaved({ reviewId: review.id }) : [];
  await publishWrite(statements as [Statement, ...Statement[]], live);
  return storedTrackIds(s, input);
}
