import { isHalfStepTenths, MAX_SCORE } from "./scores";

/**
 * How alike two readers score (the comparison page, "readers who score like you", "readers like
 * you gave it"): one pure rule, stated on the page as AGREEMENT_RULE.
 */

/** Below this many soundtracks scored by both, a figure would say more about luck than taste. */
export const MIN_IN_COMMON = 5;

export const AGREEMENT_RULE =
  "Agreement is 100% minus the average gap between your two scores on the soundtracks you both " +
  "scored, counting each point of gap as 10%: identical scores agree 100%, 0 against 10 " +
  `everywhere 0%. It needs at least ${MIN_IN_COMMON} soundtracks in common.`;

/** Both readers' scores, in tenths (0–100 in half steps), on one soundtrack they both scored. */
export type ScorePair = { soundtrackId: number; a: number; b: number };

export type Agreement =
  | { kind: "too-few"; inCommon: number; needed: number }
  | {
      kind: "figure";
      /** 0–100, rounded to a whole percent. */
      percent: number;
      inCommon: number;
      /** The average gap between the two scores, in tenths (unrounded). */
      meanGapTenths: number;
    };

/**
 * The agreement from the sum of the gaps (in tenths) over `inCommon` soundtracks; the one place
 * the formula is written, so the queries that rank readers by the same sums agree with the pages.
 */
export function agreementOf(inCommon: number, gapSumTenths: number): Agreement {
  if (inCommon < MIN_IN_COMMON) return { kind: "too-few", inCommon, needed: MIN_IN_COMMON };
  const meanGapTenths = gapSumTenths / inCommon;
  const percent = Math.round((100 * (MAX_SCORE - meanGapTenths)) / MAX_SCORE);
  return { kind: "figure", percent, inCommon, meanGapTenths };
}

const gap = (pair: ScorePair) => Math.abs(pair.a - pair.b);

function checked<P extends ScorePair>(pairs: readonly P[]): readonly P[] {
  const ids = new Set<number>();
  for (const pair of pairs) {
    if (!isHalfStepTenths(pair.a) || !isHalfStepTenths(pair.b)) {
      throw new RangeError(`Scores are 0–100 tenths in half steps, not ${pair.a} and ${pair.b}`);
    }
    if (ids.has(pair.soundtrackId)) {
      throw new RangeError(`Soundtrack ${pair.soundtrackId} is scored twice`);
    }
    ids.add(pair.soundtrackId);
  }
  return pairs;
}

/** The two readers' agreement on the soundtracks they both scored; the same whichever is "a". */
export function agreement(pairs: readonly ScorePair[]): Agreement {
  const sum = checked(pairs).reduce((total, pair) => total + gap(pair), 0);
  return agreementOf(pairs.length, sum);
}

/**
 * Closest first; between equal gaps the one both scored higher first (a shared favourite says
 * more than a shared shrug), then by soundtrack for a stable order.
 */
function byAgreement(x: ScorePair, y: ScorePair): number {
  return gap(x) - gap(y) || y.a + y.b - (x.a + x.b) || x.soundtrackId - y.soundtrackId;
}

/** Widest gap first; between equal gaps by soundtrack for a stable order. */
function byDisagreement(x: ScorePair, y: ScorePair): number {
  return gap(y) - gap(x) || x.soundtrackId - y.soundtrackId;
}

/**
 * The `limit` soundtracks the two agree on most, and the `limit` they disagree on most (only those
 * with a gap: identical scores are not a disagreement). Neither depends on which reader is "a".
 */
export function biggestAgreements<P extends ScorePair>(pairs: readonly P[], limit: number) {
  const all = checked(pairs);
  return {
    agreements: [...all].sort(byAgreement).slice(0, limit),
    disagreements: all
      .filter((pair) => gap(pair) > 0)
      .sort(byDisagreement)
      .slice(0, limit),
  };
}

/** How many readers "readers who score like you" lists (a review averages NEIGHBOURS_FOR_A_REVIEW). */
export const READERS_LIKE_YOU_LIMIT = 10;

/**
 * The comparison of two readers has one address whichever comes first: the handles in order
 * (the two handles in string order).
 */
export function readerComparisonPath(handle: string, other: string): string {
  const [first, second] = handle <= other ? [handle, other] : [other, handle];
  return `/u/${encodeURIComponent(first)}/vs/${encodeURIComponent(second)}`;
}

/** The answer of GET /api/readers-like-you, for the signed-in reader's own profile. */
export type ReadersLikeYouPayload = {
  /** The reader keeps their scores private: they are never compared, so nobody is listed. */
  scoresPrivate: boolean;
  readers: { handle: string; name: string; percent: number; inCommon: number }[];
};

/**
 * The answer of GET /api/readers-like-you/<soundtrack id>, for "readers like you gave it" on a
 * review: what the caller's closest readers gave the soundtrack.
 */
export type ReadersLikeYouScorePayload =
  /** The caller keeps their scores private: never compared, so nothing to say. */
  | { kind: "private" }
  /** Nobody has MIN_IN_COMMON soundtracks in common with the caller yet. */
  | { kind: "nobody" }
  /** `neighbours` readers like the caller, and `count` of them scored it (average in tenths). */
  | { kind: "found"; neighbours: number; count: number; average: number | null };

/** What the settings say when a reader hides their scores or shows them again. */
export const SCORES_PRIVACY = {
  on: "Your scores are private: your profile hides them and nobody is compared with you.",
  off: "Your scores are public again: on your profile, and compared with other readers’.",
};
