// Soundtracks and who wrote them: one a review, published every 8 hours before the seeded ones.
import { soundtrackComposers, soundtracks } from "@/db/schema";
import { slugify } from "@/lib/slug";
import { HOUR_S } from "./constants";
import { insertRows } from "./database";
import { chance, int, pick, rngFor } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import { filmTitle } from "./text";
import { LABELS } from "./words";

/** Synthetic reviews come out every 8 hours, oldest first, before the seeded ones. */
const REVIEW_SPACING_S = 8 * HOUR_S;

export type Soundtracks = {
  titles: string[];
  slugs: string[];
  publishedS: Float64Array;
  /** Each soundtrack's composers (indexes into the composers written), the lead first. */
  composerOf: number[][];
};

export async function writeSoundtracks({ w, counts }: Run, seeded: Seeded): Promise<Soundtracks> {
  const S = counts.soundtracks;
  const C = counts.composers;
  const titles: string[] = [];
  const slugs: string[] = [];
  const years = new Int32Array(S);
  const labels: string[] = [];
  const releaseDates: string[] = [];
  const publishedS = new Float64Array(S);
  const composerOf: number[][] = [];
  const taken = seeded.takenSoundtrackSlugs;
  const rng = rngFor("soundtracks");
  for (let k = 0; k < S; k++) {
    const title = filmTitle(rng);
    const year = 2026 - Math.floor(97 * Math.pow(rng(), 1.6));
    const base = slugify(title);
    let slug = taken.has(base) ? `${base}-${year}` : base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${year}-${n}`;
    taken.add(slug);
    titles.push(title);
    slugs.push(slug);
    years[k] = year;
    labels.push(pick(rng, LABELS));
    const month = year === 2026 ? int(rng, 1, 10) : int(rng, 1, 12);
    const day = int(rng, 1, 28);
    releaseDates.push(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
    publishedS[k] = seeded.oldestPublishedS - (S - k) * REVIEW_SPACING_S;
    // Every composer gets at least one soundtrack; after that, a few get many.
    const primary = k < C ? k : Math.floor(C * Math.pow(rng(), 1.5));
    const names = [primary];
    if (C > 1 && chance(rng, 0.3)) {
      let second = Math.floor(C * rng());
      if (second === primary) second = (second + 1) % C;
      names.push(second);
    }
    composerOf.push(names);
  }
  const soundtrackId = (k: number) => seeded.base.soundtrack + k + 1;
  w.phase("soundtracks", S);
  await insertRows(w, soundtracks, S, (k) => ({
    id: soundtrackId(k),
    slug: slugs[k]!,
    filmTitle: titles[k]!,
    filmYear: years[k]!,
    label: labels[k]!,
    albumReleaseDate: releaseDates[k]!,
    isSample: 0,
    createdAt: publishedS[k]!,
    updatedAt: publishedS[k]!,
  }));
  const links = composerOf.flatMap((list, k) =>
    list.map((c, position) => ({
      soundtrackId: soundtrackId(k),
      composerId: seeded.base.composer + c + 1,
      position,
    })),
  );
  w.phase("soundtrack composers", links.length);
  await insertRows(w, soundtrackComposers, links.length, (i) => links[i]!);
  return { titles, slugs, publishedS, composerOf };
}
