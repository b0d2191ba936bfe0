import "server-only";
import { asc, count, gt, inArray } from "drizzle-orm";
import type { ReviewFile } from "@/lib/review-file";
import { inSameWeek } from "@/lib/series-weeks";
import { nextFreeSlot, type WeeklySlot } from "@/lib/weekly-slot";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { composerRow, newReviewInserts, type NewReview } from "../review-inserts";
import { reviews, soundtrackComposers, soundtracks, tracks } from "../schema";
import { auditEntry, reviewIdBySlug } from "./audit";
import { getTakenTimes, getWeekNumber } from "./review-schedule";
import { getWeeklySlot } from "./settings";

type Placement = Pick<NewReview, "status" | "publishedAt" | "weekNumber">;
type ImportOptions = { publish?: boolean; now?: Date };
/** Where the review went; `scheduled` when this import put it into the next free slot. */
export type ImportedReview = Placement & { scheduled: boolean };

/**
 * A file that carries a status is put back as it says (an exported review); `publish` still
 * sends a draft to the next free slot.
 */
function keepsItsPlacement(review: Pick<ReviewFile, "status">, publish: boolean): boolean {
  return review.status !== null && !(publish && review.status === "draft");
}

async function nextOpenWeek(now: Date): Promise<Placement> {
  const [slot, taken] = await Promise.all([getWeeklySlot(), getTakenTimes(now)]);
  const publishedAt = nextFreeSlot(slot, now, taken);
  return { status: "scheduled", publishedAt, weekNumber: await getWeekNumber(slot, publishedAt) };
}

const CHECK_CHUNK = 500;
type Conflict = { index: number; message: string };
type Candidate = Pick<ReviewFile, "slug" | "status" | "publishedAt" | "weekNumber">;

/**
 * The week number a file keeps: an exported scheduled or published review's. A draft is out of
 * every week, as unpublishing makes it.
 */
function keptWeek(candidate: Candidate, publish: boolean) {
  const { status, publishedAt, weekNumber } = candidate;
  if (!keepsItsPlacement(candidate, publish) || status === "draft") return undefined;
  return publishedAt && weekNumber !== null ? { publishedAt, weekNumber } : undefined;
}

/**
 * Indexes by slug and by kept week number, with a conflict for every repeated slug and every
 * week number another file gives to another week (lib/series-weeks.ts: a number names one week).
 */
function indexCandidates(candidates: Candidate[], publish: boolean, slot: WeeklySlot) {
  const bySlug = new Map<string, number>();
  const byWeek = new Map<number, { index: number; publishedAt: Date }>();
  const repeats: Conflict[] = [];
  candidates.forEach((c, index) => {
    if (bySlug.has(c.slug)) {
      repeats.push({ index, message: `slug: another file has the slug '${c.slug}' too` });
    } else {
      bySlug.set(c.slug, index);
    }
    const week = keptWeek(c, publish);
    if (!week) return;
    const first = byWeek.get(week.weekNumber);
    if (!first) {
      byWeek.set(week.weekNumber, { index, publishedAt: week.publishedAt });
    } else if (!inSameWeek(slot, first.publishedAt, week.publishedAt)) {
      const message = `week: another file gives week ${week.weekNumber} to another week`;
      repeats.push({ index, message });
    }
  });
  return { bySlug, byWeek, repeats };
}

/**
 * What keeps these reviews from being imported together: a slug that another of them or a review
 * already in the database has, or a week number that one of them gives to another week. Each
 * message names the field and goes with the index of the review it is about.
 */
export async function getImportConflicts(
  candidates: Candidate[],
  { publish = false } = {},
): Promise<Conflict[]> {
  const db = getDb();
  const slot = await getWeeklySlot();
  const { bySlug, byWeek, repeats } = indexCandidates(candidates, publish, slot);
  const conflicts = [...repeats];
  const slugs = [...bySlug.keys()];
  for (let start = 0; start < slugs.length; start += CHECK_CHUNK) {
    const chunk = slugs.slice(start, start + CHECK_CHUNK);
    const taken = await db
      .select({ slug: soundtracks.slug })
      .from(soundtracks)
      .where(inArray(soundtracks.slug, chunk))
      .union(db.select({ slug: reviews.slug }).from(reviews).where(inArray(reviews.slug, chunk)));
    for (const { slug } of taken) {
      const message = `slug: '${slug}' is already taken; give the file another slug`;
      conflicts.push({ index: bySlug.get(slug)!, message });
    }
  }
  const weeks = [...byWeek.keys()];
  for (let start = 0; start < weeks.length; start += CHECK_CHUNK) {
    const holders = await db
      .select({ week: reviews.weekNumber, slug: reviews.slug, publishedAt: reviews.publishedAt })
      .from(reviews)
      .where(inArray(reviews.weekNumber, weeks.slice(start, start + CHECK_CHUNK)));
    for (const { week, slug, publishedAt } of holders) {
      const file = byWeek.get(week!);
      if (!file || (publishedAt && inSameWeek(slot, publishedAt, file.publishedAt))) continue;
      const message = `week: week ${week} is taken by '${slug}', which goes out in another week`;
      conflicts.push({ index: file.index, message });
      // One message a file is enough.
      byWeek.delete(week!);
    }
  }
  return conflicts.sort((a, b) => a.index - b.index);
}

/**
 * Creates the soundtrack, its composers and tracks and the review, all in one batch with its
 * audit line: a draft, or with `publish` a review scheduled into the next free weekly slot, or
 * as the file says when it carries a status. A slug already taken, or a week number that is
 * another week's, writes nothing.
 */
export async function importReview(
  review: ReviewFile,
  { publish = false, now = clockNow() }: ImportOptions = {},
): Promise<ImportedReview> {
  const keeps = keepsItsPlacement(review, publish);
  const [conflict] = await getImportConflicts([review], { publish });
  if (conflict) throw new Error(conflict.message);
  const placement: Placement = keeps
    ? {
        status: review.status!,
        publishedAt: review.publishedAt,
        weekNumber: keptWeek(review, publish)?.weekNumber ?? null,
      }
    : publish
      ? await nextOpenWeek(now)
      : { status: "draft", publishedAt: null, weekNumber: null };
  const scheduled = !keeps && publish;
  const db = getDb();
  await db.batch([
    ...newReviewInserts(db, {
      ...review,
      ...placement,
      composers: review.composers.map(composerRow),
    }),
    auditEntry(db, {
      actorId: null,
      action: scheduled ? "review.scheduled" : "review.imported",
      targetType: "review",
      targetId: reviewIdBySlug(review.slug),
      summary: review.headline,
      at: now,
    }),
  ]);
  return { ...placement, scheduled };
}

export async function getReviewCount(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(reviews);
  return row?.n ?? 0;
}

export const EXPORT_PAGE_SIZE = 200;

/** Every review with all its file carries, a page at a time, in the order they were created. */
export async function* getReviewsForExport(
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ReviewFile[]> {
  const db = getDb();
  for (let after = 0; ;) {
    const rows = await db.query.reviews.findMany({
      where: gt(reviews.id, after),
      orderBy: asc(reviews.id),
      limit: pageSize,
      with: {
        soundtrack: {
          with: {
            composers: {
              columns: {},
              orderBy: asc(soundtrackComposers.position),
              with: { composer: { columns: { name: true } } },
            },
            tracks: {
              columns: { disc: true, position: true, title: true, durationSeconds: true },
              orderBy: [asc(tracks.disc), asc(tracks.position)],
            },
          },
        },
      },
    });
    if (rows.length === 0) return;
    yield rows.map(({ soundtrack: s, ...r }) => ({
      slug: r.slug,
      headline: r.headline,
      filmTitle: s.filmTitle,
      filmYear: s.filmYear,
      label: s.label,
      albumReleaseDate: s.albumReleaseDate,
      coverImageUrl: s.coverImageUrl,
      coverAlt: s.coverAlt,
      isSample: s.isSample,
      composers: s.composers.map((c) => c.composer.name),
      tracks: s.tracks,
      summary: r.summary,
      body: r.body,
      criticScore: r.criticScore,
      status: r.status,
      publishedAt: r.publishedAt,
      weekNumber: r.weekNumber,
    }));
    after = rows[rows.length - 1]!.id;
  }
}
