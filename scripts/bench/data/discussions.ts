// Who comments where and when: the seeded review's long discussion, then every synthetic review's
// share of the rest, a fifth of each as replies. The text comes later (comments.ts).
import { NOW_MS } from "./constants";
import { allocate, chance, normal, pickReader, rngFor } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";

export const SPOILER = 1;
export const DELETED = 2;
export const EDITED = 4;

/** Comment p, in the order drawn; times in milliseconds. */
export type Discussions = {
  count: number;
  review: Int32Array;
  author: Int32Array;
  /** The parent's p, or -1 for a top-level comment. */
  parent: Int32Array;
  time: Float64Array;
  /** SPOILER | DELETED | EDITED */
  flags: Uint8Array;
  deleted: Float64Array;
  edited: Float64Array;
  onFeatured: Uint8Array;
};

export function drawDiscussions(
  { counts }: Run,
  seeded: Seeded,
  /** Each synthetic soundtrack's popularity, by k. */
  popularityOf: (k: number) => number,
  publishedS: Float64Array,
): Discussions {
  const M = counts.comments;
  const F = counts.featuredComments;
  const S = counts.soundtracks;
  const R = counts.readers;
  const d: Discussions = {
    count: M,
    review: new Int32Array(M),
    author: new Int32Array(M),
    parent: new Int32Array(M).fill(-1),
    time: new Float64Array(M),
    flags: new Uint8Array(M),
    deleted: new Float64Array(M),
    edited: new Float64Array(M),
    onFeatured: new Uint8Array(M),
  };
  const rng = rngFor("comments");
  const weights = new Float64Array(S);
  for (let k = 0; k < S; k++)
    weights[k] = Math.pow(popularityOf(k), 0.7) * Math.exp(0.5 * normal(rng));
  const perReview = allocate(M - F, weights, () => M, rng);
  let n = 0;
  const fill = (reviewId: number, fromS: number, total: number, replies: number, featured = 0) => {
    const fromMs = fromS * 1000 + 60_000;
    const endMs = NOW_MS - 120_000;
    const top = total - replies;
    const first = n;
    for (let j = 0; j < total; j++, n++) {
      d.review[n] = reviewId;
      d.author[n] = pickReader(rng, R);
      d.onFeatured[n] = featured;
      if (j < top) {
        d.time[n] = Math.floor(fromMs + (endMs - fromMs) * Math.pow(rng(), 2));
      } else {
        const parent = first + Math.floor(top * Math.pow(rng(), 1.5));
        const after = d.time[parent]! + 1000;
        d.parent[n] = parent;
        d.time[n] = Math.floor(after + (endMs - after) * Math.pow(rng(), 3));
      }
      let flags = chance(rng, 0.05) ? SPOILER : 0;
      if (chance(rng, 0.02)) {
        flags |= DELETED;
        d.deleted[n] = Math.floor(d.time[n]! + (NOW_MS - d.time[n]!) * rng());
      }
      if (chance(rng, 0.03)) {
        flags |= EDITED;
        const until = flags & DELETED ? d.deleted[n]! : NOW_MS;
        d.edited[n] = Math.floor(d.time[n]! + (until - d.time[n]!) * rng());
      }
      d.flags[n] = flags;
    }
  };
  const { featured } = seeded;
  fill(featured.reviewId, featured.publishedS, F, Math.round(F * 0.2), 1);
  for (let k = 0; k < S; k++) {
    const total = perReview[k]!;
    fill(
      seeded.base.review + k + 1,
      publishedS[k]!,
      total,
      total >= 2 ? Math.round(total * 0.2) : 0,
    );
  }
  return d;
}
