import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "..";
import { isLiveRow } from "./live";
import { getWeekNeighbours } from "./reviews";

export type CompareSuggestion = {
  slug: string;
  filmTitle: string;
  filmYear: number | null;
  /** Why it is suggested, as the block says it. */
  reason: "same-composer" | "similar-runtime" | "previous-week";
};

type Row = Omit<CompareSuggestion, "reason">;

const SAME_COMPOSER_SHOWN = 3;
/** Similar runtime is looked for among this many of the latest reviews: a bounded read. */
const RUNTIME_CANDIDATES = 40;

/**
 * What a review page offers to compare its soundtrack with: the live review before it (as its
 * "previous week" link finds it), other live soundtracks by its composers (latest first), and
 * among the latest reviews the soundtrack closest to it in total runtime. Each soundtrack is
 * offered once.
 */
export async function getCompareSuggestions(
  soundtrackId: number,
  review: { id: number; publishedAt: Date | null },
): Promise<CompareSuggestion[]> {
  const db = getDb();
  const [{ previous }, [sameComposer, similar]] = await Promise.all([
    getWeekNeighbours(review),
    db.batch([
      db.all<Row>(sql`
        SELECT DISTINCT s.slug AS slug, s.film_title AS filmTitle, s.film_year AS filmYear,
          reviews.published_at AS publishedAt
        FROM soundtrack_composers mine
        JOIN soundtrack_composers other
          ON other.composer_id = mine.composer_id AND other.soundtrack_id <> mine.soundtrack_id
        JOIN soundtracks s ON s.id = other.soundtrack_id
        JOIN reviews ON reviews.soundtrack_id = s.id
        WHERE mine.soundtrack_id = ${soundtrackId} AND ${isLiveRow()}
        ORDER BY reviews.published_at DESC
        LIMIT ${SAME_COMPOSER_SHOWN}`),
      db.all<Row>(sql`
        SELECT soundtracks.slug AS slug, soundtracks.film_title AS filmTitle,
          soundtracks.film_year AS filmYear
        FROM (SELECT reviews.soundtrack_id AS id,
                (SELECT sum(duration_seconds) FROM tracks
                 WHERE tracks.soundtrack_id = reviews.soundtrack_id) AS total
              FROM reviews
              WHERE ${isLiveRow()} AND reviews.soundtrack_id <> ${soundtrackId}
              ORDER BY reviews.published_at DESC LIMIT ${RUNTIME_CANDIDATES}) candidate
        CROSS JOIN soundtracks ON soundtracks.id = candidate.id
        ORDER BY abs(coalesce(candidate.total, 0) -
          (SELECT coalesce(sum(duration_seconds), 0) FROM tracks WHERE soundtrack_id = ${soundtrackId})),
          soundtracks.id
        LIMIT ${SAME_COMPOSER_SHOWN + 2}`),
    ]),
  ]);
  const offered = new Set<string>();
  const offer = (rows: Row[], reason: CompareSuggestion["reason"], most: number) =>
    rows
      .filter((row) => !offered.has(row.slug))
      .slice(0, most)
      .map(({ slug, filmTitle, filmYear }) => {
        offered.add(slug);
        return { slug, filmTitle, filmYear, reason };
      });
  return [
    ...offer(previous ? [{ ...previous, slug: previous.soundtrackSlug }] : [], "previous-week", 1),
    ...offer(sameComposer, "same-composer", SAME_COMPOSER_SHOWN),
    ...offer(similar, "similar-runtime", 1),
  ];
}
