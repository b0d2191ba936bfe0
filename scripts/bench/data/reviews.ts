// Reviews: one a synthetic soundtrack, published as it was, with a critic's score on most.
import { reviews } from "@/db/schema";
import { insertRows } from "./database";
import { chance, clamp, normal, pick, rngFor, type Rng } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import { HEADLINES, SUMMARIES, type TextContext } from "./sentences";
import type { Soundtracks } from "./soundtracks";
import { reviewBody } from "./text";

/** Writes the reviews; returns each soundtrack's critic score (null for none). */
export async function writeReviews(
  { w, counts }: Run,
  seeded: Seeded,
  { slugs, publishedS }: Soundtracks,
  textAbout: (k: number, rng: Rng) => TextContext,
): Promise<(number | null)[]> {
  const S = counts.soundtracks;
  const criticScores: (number | null)[] = [];
  const rng = rngFor("critic-scores");
  for (let k = 0; k < S; k++) {
    criticScores.push(chance(rng, 0.1) ? null : Math.round(clamp(72 + 12 * normal(rng), 0, 100)));
  }
  w.phase("reviews", S);
  await insertRows(w, reviews, S, (k) => {
    const c = textAbout(k, rngFor("review", k));
    const headline = pick(c.rng, HEADLINES)(c);
    const summary = pick(c.rng, SUMMARIES)(c);
    const at = publishedS[k]!;
    return {
      id: seeded.base.review + k + 1,
      soundtrackId: seeded.base.soundtrack + k + 1,
      slug: slugs[k]!,
      headline,
      summary,
      body: reviewBody(c),
      criticScore: criticScores[k]!,
      status: "published",
      publishedAt: at,
      weekNumber: seeded.firstWeek + k,
      createdAt: at,
      updatedAt: at,
    };
  });
  return criticScores;
}
