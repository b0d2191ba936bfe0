import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { formatDuration } from "@/lib/duration";
import type { EditorValues } from "@/lib/editor-values";
import { releaseDateField } from "@/lib/release-date";
import { isLiveAt } from "@/lib/review-status";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import {
  auditLog,
  composers,
  listeningLinks,
  type ReviewStatus,
  reviewRevisions,
  reviews,
  reviewSlugRedirects,
  soundtrackComposers,
  soundtracks,
  tracks,
} from "../schema";

/** A review as the editor opens it: its form, and what the editor needs to know about it. */
export type EditorReview = {
  id: number;
  soundtrackId: number;
  slug: string;
  headline: string;
  status: ReviewStatus;
  publishedAt: Date | null;
  /** On the site now: its page changes with every save. */
  live: boolean;
  /** Live now or before: its old addresses keep leading to it. */
  everLive: boolean;
  coverImageUrl: string | null;
  /** When the server last kept a version of it (ms): a save, or an autosave in the history. */
  savedAt: number;
  trackIds: number[];
  values: EditorValues;
};

const trackKey = (id: number) => `t${id}`;

export async function getEditorReview(reviewId: number): Promise<EditorReview | undefined> {
  const db = getDb();
  const review = await db.query.reviews.findFirst({
    where: eq(reviews.id, reviewId),
    with: {
      soundtrack: {
        with: {
          composers: { orderBy: asc(soundtrackComposers.position), with: { composer: true } },
          tracks: { orderBy: [asc(tracks.disc), asc(tracks.position)] },
        },
      },
    },
  });
  if (!review) return undefined;
  const { soundtrack: s } = review;
  const [links, [latest], [unpublished]] = await Promise.all([
    db
      .select()
      .from(listeningLinks)
      .where(eq(listeningLinks.soundtrackId, s.id))
      .orderBy(asc(listeningLinks.position)),
    db
      .select({ at: reviewRevisions.createdAt, updated: reviewRevisions.updatedAt })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, reviewId))
      .orderBy(desc(reviewRevisions.createdAt))
      .limit(1),
    db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.targetType, "review"),
          eq(auditLog.targetId, String(reviewId)),
          eq(auditLog.action, "review.unpublished"),
        ),
      )
      .limit(1),
  ]);
  const live = isLiveAt(review, clockNow());
  return {
    id: review.id,
    soundtrackId: s.id,
    slug: review.slug,
    headline: review.headline,
    status: review.status,
    publishedAt: review.publishedAt,
    live,
    everLive: live || unpublished !== undefined,
    coverImageUrl: s.coverImageUrl,
    savedAt: (latest?.updated ?? latest?.at ?? review.updatedAt).getTime(),
    trackIds: s.tracks.map((t) => t.id),
    values: {
      filmTitle: s.filmTitle,
      filmYear: s.filmYear === null ? "" : String(s.filmYear),
      composers: s.composers.length > 0 ? s.composers.map((c) => c.composer.name) : [""],
      label: s.label ?? "",
      albumReleaseDate: releaseDateField(s.albumReleaseDate ?? ""),
      coverAlt: s.coverAlt ?? "",
      headline: review.headline,
      slug: review.slug,
      summary: review.summary,
      criticScore: review.criticScore === null ? "" : (review.criticScore / 10).toFixed(1),
      body: review.body,
      tracks: s.tracks.map((t) => ({
        key: trackKey(t.id),
        id: t.id,
        disc: String(t.disc),
        position: String(t.position),
        title: t.title,
        duration: formatDuration(t.durationSeconds),
      })),
      links: links.map((l) => ({
        key: `l${l.id}`,
        track: l.trackId === null ? "" : trackKey(l.trackId),
        label: l.label,
        url: l.url,
      })),
    },
  };
}

/** What the editor's actions beside the form need of a review: its log line, soundtrack and page. */
export async function getReviewHeader(
  reviewId: number,
): Promise<{ headline: string; soundtrackId: number; live: boolean } | undefined> {
  const [row] = await getDb()
    .select({
      headline: reviews.headline,
      soundtrackId: reviews.soundtrackId,
      status: reviews.status,
      publishedAt: reviews.publishedAt,
    })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  return row && { ...row, live: isLiveAt(row, clockNow()) };
}

const COMPOSERS_SUGGESTED = 2000;

/** The composers already on the site, for the editor's suggestions. */
export async function getComposerNames(): Promise<string[]> {
  const rows = await getDb()
    .select({ name: composers.name })
    .from(composers)
    .orderBy(asc(composers.sortName))
    .limit(COMPOSERS_SUGGESTED);
  return rows.map((r) => r.name);
}

/**
 * The other review that has this address, as its own or as one it had before, or (for a new
 * review) whose soundtrack has it as its slug: taken slugs are refused, never changed.
 */
export async function findSlugHolder(
  slug: string,
  exceptReviewId?: number,
): Promise<{ headline: string; former: boolean } | undefined> {
  const db = getDb();
  const other = exceptReviewId === undefined ? undefined : ne(reviews.id, exceptReviewId);
  const [own] = await db
    .select({ headline: reviews.headline })
    .from(reviews)
    .where(and(eq(reviews.slug, slug), other));
  if (own) return { headline: own.headline, former: false };
  const [former] = await db
    .select({ headline: reviews.headline })
    .from(reviewSlugRedirects)
    .innerJoin(reviews, eq(reviews.id, reviewSlugRedirects.reviewId))
    .where(and(eq(reviewSlugRedirects.slug, slug), other));
  if (former) return { headline: former.headline, former: true };
  if (exceptReviewId !== undefined) return undefined;
  // A new review's soundtrack takes its slug: one another review's soundtrack keeps is taken.
  const [soundtrack] = await db
    .select({ headline: reviews.headline })
    .from(soundtracks)
    .innerJoin(reviews, eq(reviews.soundtrackId, soundtracks.id))
    .where(eq(soundtracks.slug, slug));
  return soundtrack && { headline: soundtrack.headline, former: false };
}
