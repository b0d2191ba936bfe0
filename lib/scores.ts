import { formatScore } from "./format";

/** Scores are kept in tenths (85 = 8.5) and move in half steps: 0, 5, 10 … 100. */
export const MAX_SCORE = 100;
export const SCORE_STEP = 5;
export const SCORE_STEPS: readonly number[] = Array.from(
  { length: MAX_SCORE / SCORE_STEP + 1 },
  (_, i) => i * SCORE_STEP,
);
/** One histogram bucket per half step, 0.0 to 10.0. */
export const HISTOGRAM_BUCKETS = SCORE_STEPS.length;
export const MAX_FAVOURITES = 3;
export const TOO_MANY_FAVOURITES = `You can pick up to ${MAX_FAVOURITES} favourite tracks.`;

export function isHalfStepTenths(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_SCORE &&
    value % SCORE_STEP === 0
  );
}

/** "8.5" or 8.5 -> 85; anything that is not 0–10 in half steps -> null. */
export function parseScoreInput(input: unknown): number | null {
  let points: number;
  if (typeof input === "number") points = input;
  else if (typeof input === "string" && /^\d{1,3}(\.\d+)?$/.test(input.trim())) {
    points = Number(input.trim());
  } else return null;
  if (!Number.isFinite(points)) return null;
  const tenths = Math.round(points * 10);
  if (Math.abs(points * 10 - tenths) > 1e-9) return null;
  return isHalfStepTenths(tenths) ? tenths : null;
}

/** The readers' average in whole tenths, so it shows and compares as one decimal; null when nobody has scored. */
export function averageTenths(count: number, sum: number): number | null {
  return count > 0 ? Math.round(sum / count) : null;
}

/** Positive when `yours` is higher; both in tenths. */
export function scoreDifference(yours: number, other: number): number {
  return yours - other;
}

/** 5, "the critic" -> "0.5 above the critic"; rounds fractional tenths (means) to one decimal. */
export function describeDifference(differenceTenths: number, against: string): string {
  const size = Math.round(Math.abs(differenceTenths));
  if (size === 0) return `level with ${against}`;
  return `${formatScore(size)} ${differenceTenths > 0 ? "above" : "below"} ${against}`;
}

/** For a table cell: "0.5 above", "0.1 below", "same". */
export function shortDifference(differenceTenths: number): string {
  const size = Math.round(Math.abs(differenceTenths));
  if (size === 0) return "same";
  return `${formatScore(size)} ${differenceTenths > 0 ? "above" : "below"}`;
}

/** Fractional tenths (a mean) shown as points to one decimal: 6.67 -> "0.7". */
export function formatMeanTenths(tenths: number): string {
  return formatScore(Math.round(Math.abs(tenths)));
}

// ---- Histogram -------------------------------------------------------------------------------

export function emptyHistogram(): number[] {
  return Array.from({ length: HISTOGRAM_BUCKETS }, () => 0);
}

export function bucketIndex(tenths: number): number {
  if (!isHalfStepTenths(tenths)) throw new RangeError(`Not a half-step score: ${tenths}`);
  return tenths / SCORE_STEP;
}

/** Bucket 17 -> "8.5". */
export function bucketLabel(index: number): string {
  return formatScore(index * SCORE_STEP);
}

export function histogramFromScores(scores: readonly number[]): number[] {
  const histogram = emptyHistogram();
  for (const score of scores) histogram[bucketIndex(score)]! += 1;
  return histogram;
}

/** Whatever the stored JSON holds, 21 non-negative whole counts come back. */
export function normaliseHistogram(raw: unknown): number[] {
  const source = Array.isArray(raw) ? raw : [];
  return emptyHistogram().map((_, i) => {
    const n: unknown = source[i];
    return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : 0;
  });
}

export function histogramPeak(histogram: readonly number[]): number {
  return histogram.reduce((max, n) => Math.max(max, n), 0);
}

/** A bar's length as a percentage of the tallest bar. */
export function barPercent(count: number, peak: number): number {
  return peak > 0 ? Math.round((count / peak) * 100) : 0;
}

/** The most common scores (all of them on a tie), in tenths; empty when nobody has scored. */
export function histogramModes(histogram: readonly number[]): number[] {
  const peak = histogramPeak(histogram);
  if (peak === 0) return [];
  return histogram.flatMap((n, i) => (n === peak ? [i * SCORE_STEP] : []));
}

// ---- Closeness to the critic ------------------------------------------------------------------

export type ScoredPair = { score: number; criticScore: number | null };

export type Closeness<T> = {
  /** Soundtracks both the reader and the critic scored. */
  count: number;
  /** Mean of |reader − critic| in (fractional) tenths. */
  meanAbsolute: number;
  /** Mean of reader − critic in (fractional) tenths: positive when the reader runs higher. */
  meanSigned: number;
  /** The largest non-zero disagreements, biggest first. */
  biggest: (T & { difference: number })[];
};

export function closenessToCritic<T extends ScoredPair>(
  rows: readonly T[],
  top = 3,
): Closeness<T> | null {
  const both = rows.flatMap((row) =>
    row.criticScore === null
      ? []
      : [{ ...row, difference: scoreDifference(row.score, row.criticScore) }],
  );
  if (both.length === 0) return null;
  const total = both.reduce((sum, r) => sum + r.difference, 0);
  const totalAbsolute = both.reduce((sum, r) => sum + Math.abs(r.difference), 0);
  const biggest = both
    .filter((r) => r.difference !== 0)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
    .slice(0, top);
  return {
    count: both.length,
    meanAbsolute: totalAbsolute / both.length,
    meanSigned: total / both.length,
    biggest,
  };
}

// ---- Favourite tracks -------------------------------------------------------------------------

/** The tracks with the most picks (every one of them on a tie); none when nobody has picked. */
export function readersFavouriteIds(
  tracks: readonly { id: number; favouriteCount: number }[],
): Set<number> {
  const top = tracks.reduce((max, t) => Math.max(max, t.favouriteCount), 0);
  return new Set(top > 0 ? tracks.filter((t) => t.favouriteCount === top).map((t) => t.id) : []);
}

/** "1 reader", "12 readers". */
export function readersLabel(count: number): string {
  return count === 1 ? "1 reader" : `${count} readers`;
}

export function picksLabel(count: number): string {
  return `${readersLabel(count)} picked this`;
}
