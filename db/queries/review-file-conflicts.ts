import "server-only";
import { inArray } from "drizzle-orm";
import type { ReviewFile } from "@/lib/review-file";
import { inSameWeek } from "@/lib/series-weeks";
import type { WeeklySlot } from "@/lib/weekly-slot";
import { getDb } from "..";
import { reviews, soundtracks } from "../schema";
import { getWeeklySlot } from "./settings";

const CHECK_CHUNK = 500;
export type Conflict = { index: number; message: string };
export type Candidate = Pick<ReviewFile, "slug" | "status" | "publishedAt" | "weekNumber"> &
  Partial<Pick<ReviewFile, "soundtrackSlug">>;

/**
 * A file that carries a status is put back as it says (an exported review); `publish` still
 * sends a draft to the next free slot.
 */
export function keepsItsPlacement(review: Pick<ReviewFile, "status">, publish: boolean): boolean {
  return review.status !== null && !(publish && review.status === "draft");
}

/**
 * The week number a file keeps: an exported scheduled or published review's. A draft is out of
 * every week, as unpublishing makes it.
 */
export function keptWeek(candidate: Candidate, publish: boolean) {
  const { status, publishedAt, weekNumber } = candidate;
  if (!keepsItsPlacement(candidate, publish) || status === "draft") return undefined;
  return publishedAt && weekNumber !== null ? { publishedAt, weekNumber } : undefined;
}

const soundtrackSlugOf = (c: Candidate) => c.soundtrackSlug ?? c.slug;
/** The field a candidate's soundtrack slug comes from: its own, or the review's slug. */
const soundtrackField = (c: Candidate) =>
  soundtrackSlugOf(c) === c.slug ? "slug" : "soundtrack_slug";

/** Conflicts, each said once however many checks find it. */
class Conflicts {
  readonly #seen = new Set<string>();
  readonly list: Conflict[] = [];
  add(index: number, message: string) {
    const key = `${index}:${message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.list.push({ index, message });
  }
}

/**
 * Indexes by slug, soundtrack slug and kept week number, with a conflict for every repeated slug
 * and every week number another file gives to another week (lib/series-weeks.ts: a number names
 * one week).
 */
function indexCandidates(
  candidates: Candidate[],
  { publish, slot }: { publish: boolean; slot: WeeklySlot },
  conflicts: Conflicts,
) {
  const bySlug = new Map<string, number>();
  const bySoundtrack = new Map<string, number>();
  const byWeek = new Map<number, { index: number; publishedAt: Date }>();
  candidates.forEach((c, index) => {
    const soundtrackSlug = soundtrackSlugOf(c);
    if (bySlug.has(c.slug)) {
      conflicts.add(index, `slug: another file has the slug '${c.slug}' too`);
    } else {
      bySlug.set(c.slug, index);
    }
    if (bySoundtrack.has(soundtrackSlug)) {
      const message = `another file's soundtrack has the slug '${soundtrackSlug}' too`;
      // A slug that is the review's too was said to be repeated above.
      if (soundtrackSlug !== c.slug || bySlug.get(c.slug) === index) {
        conflicts.add(index, `${soundtrackField(c)}: ${message}`);
      }
    } else {
      bySoundtrack.set(soundtrackSlug, index);
    }
    const week = keptWeek(c, publish);
    if (!week) return;
    const first = byWeek.get(week.weekNumber);
    if (!first) {
      byWeek.set(week.weekNumber, { index, publishedAt: week.publishedAt });
    } else if (!inSameWeek(slot, first.publishedAt, week.publishedAt)) {
      conflicts.add(index, `week: another file gives week ${week.weekNumber} to another week`);
    }
  });
  return { bySlug, bySoundtrack, byWeek };
}

/** Runs `check` on the keys a chunk at a time, so that no statement has too many arguments. */
async function inChunks<K, R>(keys: K[], check: (chunk: K[]) => Promise<R[]>): Promise<R[]> {
  const found: R[] = [];
  for (let start = 0; start < keys.length; start += CHECK_CHUNK) {
    found.push(...(await check(keys.slice(start, start + CHECK_CHUNK))));
  }
  return found;
}

/**
 * What keeps these reviews from being imported together: a slug or soundtrack slug that another
 * of them or a review already in the database has, or a week number that one of them gives to
 * another week. Each message names the field and goes with the index of the review it is about.
 */
export async function getImportConflicts(
  candidates: Candidate[],
  { publish = false } = {},
): Promise<Conflict[]> {
  const db = getDb();
  const conflicts = new Conflicts();
  const slot = await getWeeklySlot();
  const { bySlug, bySoundtrack, byWeek } = indexCandidates(
    candidates,
    { publish, slot },
    conflicts,
  );
  const takenSlugs = await inChunks([...bySlug.keys()], (chunk) =>
    db.select({ slug: reviews.slug }).from(reviews).where(inArray(reviews.slug, chunk)),
  );
  for (const { slug } of takenSlugs) {
    conflicts.add(
      bySlug.get(slug)!,
      `slug: '${slug}' is already taken; give the file another slug`,
    );
  }
  const takenSoundtracks = await inChunks([...bySoundtrack.keys()], (chunk) =>
    db.select({ slug: soundtracks.slug }).from(soundtracks).where(inArray(soundtracks.slug, chunk)),
  );
  for (const { slug } of takenSoundtracks) {
    const index = bySoundtrack.get(slug)!;
    const field = soundtrackField(candidates[index]!);
    conflicts.add(index, `${field}: '${slug}' is already taken; give the file another ${field}`);
  }
  const holders = await inChunks([...byWeek.keys()], (chunk) =>
    db
      .select({ week: reviews.weekNumber, slug: reviews.slug, publishedAt: reviews.publishedAt })
      .from(reviews)
      .where(inArray(reviews.weekNumber, chunk)),
  );
  for (const { week, slug, publishedAt } of holders) {
    const file = byWeek.get(week!);
    if (!file || (publishedAt && inSameWeek(slot, publishedAt, file.publishedAt))) continue;
    const message = `week: week ${week} is taken by '${slug}', which goes out in another week`;
    conflicts.add(file.index, message);
    // One message a file is enough.
    byWeek.delete(week!);
  }
  return conflicts.list.sort((a, b) => a.index - b.index);
}
