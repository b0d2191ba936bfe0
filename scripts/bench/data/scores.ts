// Reader scores on every soundtrack, seeded ones included, then the aggregates kept with them.
import { eq, sql } from "drizzle-orm";
import { readerScores, scoreStats, soundtracks } from "@/db/schema";
import { SCORE_STEPS } from "@/lib/scores";
import { NOW_S } from "./constants";
import { insertRows } from "./database";
import { allocate, chance, clamp, distinctReaders, normal, rngFor } from "./random";
import type { Catalogue } from "./catalogue";
import type { Readers } from "./readers";
import type { Run } from "./run";
import type { ScoredSoundtrack, Seeded } from "./seed";

export type Scores = {
  /** The seeded soundtracks, then the synthetic ones: score i is on all[soundtrack[i]]. */
  all: ScoredSoundtrack[];
  /** How much attention each of `all` draws; comments follow it too. */
  popularity: Float64Array;
  count: number;
  soundtrack: Int32Array;
  user: Int32Array;
  created: Float64Array;
  trackCountOf(s: number): number;
  trackIdOf(s: number, j: number): number;
};

export async function writeScores(
  run: Run,
  seeded: Seeded,
  catalogue: Catalogue,
  readers: Readers,
): Promise<Scores> {
  const { w, counts } = run;
  const R = counts.readers;
  const { count: trackCounts, start: trackStart } = catalogue.tracks;
  const all: ScoredSoundtrack[] = [
    ...seeded.soundtracks,
    ...Array.from({ length: counts.soundtracks }, (_, k) => ({
      id: seeded.base.soundtrack + k + 1,
      publishedS: catalogue.publishedS[k]!,
      critic: catalogue.criticScores[k]!,
      tracks: null,
    })),
  ];
  const seededCount = seeded.soundtracks.length;

  const rng = rngFor("scores");
  const maxPerSoundtrack = Math.floor(R / 2);
  const popularity = new Float64Array(all.length);
  for (let s = 0; s < all.length; s++)
    popularity[s] = s < seededCount ? 1 : Math.exp(1.2 * normal(rng));
  // The long discussion's soundtrack also draws about 2% of all scores.
  const featuredIndex = all.findIndex((s) => s.id === seeded.featured.soundtrackId);
  const rest = popularity.reduce((x, y) => x + y, 0) - popularity[featuredIndex]!;
  popularity[featuredIndex] = (rest * 0.02) / 0.98;

  const scoreTotal = Math.min(counts.readerScores, maxPerSoundtrack * all.length);
  const perSoundtrack = allocate(scoreTotal, popularity, () => maxPerSoundtrack, rng);
  const N = perSoundtrack.reduce((x, y) => x + y, 0);
  const soundtrack = new Int32Array(N);
  const user = new Int32Array(N);
  const value = new Uint8Array(N);
  const created = new Float64Array(N);
  const updated = new Float64Array(N);
  const mark = new Int32Array(R);
  const bias = new Float64Array(R);
  for (let u = 0; u < R; u++) bias[u] = 6 * normal(rng);
  let n = 0;
  for (let s = 0; s < all.length; s++) {
    const users = readers.byRank(distinctReaders(rng, R, perSoundtrack[s]!, mark, s + 1));
    const { critic, publishedS: from } = all[s]!;
    const centre = critic ?? 65 + 10 * normal(rng);
    const mean = critic === null ? centre : centre + 8 * normal(rng);
    for (const u of users) {
      const raw = mean + bias[u]! + 15 * normal(rng);
      soundtrack[n] = s;
      user[n] = u;
      value[n] = clamp(Math.round(raw / 5) * 5, 0, 100);
      const at = from + 60 + Math.floor((NOW_S - from - 120) * Math.pow(rng(), 2));
      created[n] = at;
      updated[n] = chance(rng, 0.1) ? at + Math.floor((NOW_S - at) * rng()) : at;
      n++;
    }
  }
  w.phase("reader scores", N);
  await insertRows(w, readerScores, N, (i) => ({
    soundtrackId: all[soundtrack[i]!]!.id,
    userId: readers.ids[user[i]!]!,
    score: value[i]!,
    createdAt: created[i]!,
    updatedAt: updated[i]!,
  }));
  await writeScoreStats(run, all.length);
  return {
    all,
    popularity,
    count: N,
    soundtrack,
    user,
    created,
    trackCountOf: (s) => all[s]!.tracks?.length ?? trackCounts[s - seededCount]!,
    trackIdOf: (s, j) => all[s]!.tracks?.[j] ?? trackStart[s - seededCount]! + j,
  };
}

/** The aggregates db/queries/scores.ts keeps with every score, for every soundtrack at once. */
async function writeScoreStats({ db, w }: Run, soundtrackCount: number) {
  w.phase("score stats", soundtrackCount);
  const { score } = readerScores;
  const buckets = SCORE_STEPS.map((step) => sql`count(*) FILTER (WHERE ${score} = ${step})`);
  await db.insert(scoreStats).select((qb) =>
    qb
      .select({
        soundtrackId: soundtracks.id,
        scoreCount: sql<number>`count(${score})`.as("score_count"),
        scoreSum: sql<number>`coalesce(sum(${score}), 0)`.as("score_sum"),
        histogram: sql<number[]>`json_array(${sql.join(buckets, sql`, `)})`.as("histogram"),
      })
      .from(soundtracks)
      .leftJoin(readerScores, eq(readerScores.soundtrackId, soundtracks.id))
      .groupBy(soundtracks.id),
  );
  w.advance(soundtrackCount);
}
