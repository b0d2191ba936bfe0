// Favourite tracks: 1–3 per (reader, soundtrack) among the readers who scored it, leaning towards
// each soundtrack's three hits.
import { favouriteTracks } from "@/db/schema";
import { MAX_FAVOURITES } from "@/lib/scores";
import { NOW_S } from "./constants";
import { insertRows } from "./database";
import { rngFor, shuffledIndices } from "./random";
import type { Readers } from "./readers";
import type { Run } from "./run";
import type { Scores } from "./scores";

export async function writeFavourites({ w, counts }: Run, readers: Readers, scores: Scores) {
  const N = scores.count;
  const rng = rngFor("favourites");
  const picks = new Uint8Array(N);
  let remaining = Math.min(counts.favouriteTracks, N * MAX_FAVOURITES);
  for (const i of shuffledIndices(N, rng)) {
    if (remaining === 0) break;
    const roll = rng();
    const want = roll < 0.4 ? 1 : roll < 0.75 ? 2 : 3;
    const k = Math.min(want, remaining, MAX_FAVOURITES, scores.trackCountOf(scores.soundtrack[i]!));
    picks[i] = k;
    remaining -= k;
  }
  const total = picks.reduce((x, y) => x + y, 0);
  const favUser = new Int32Array(total);
  const favTrack = new Int32Array(total);
  const favSoundtrack = new Int32Array(total);
  const favTime = new Float64Array(total);
  let n = 0;
  const chosen: number[] = [];
  for (let i = 0; i < N; i++) {
    const k = picks[i]!;
    if (k === 0) continue;
    const s = scores.soundtrack[i]!;
    const count = scores.trackCountOf(s);
    const hits = rngFor("hits", s);
    const favourites = [0, 1, 2].map(() => Math.floor(count * hits()));
    chosen.length = 0;
    while (chosen.length < k) {
      const j = rng() < 0.5 ? favourites[Math.floor(rng() * 3)]! : Math.floor(count * rng());
      if (!chosen.includes(j)) chosen.push(j);
    }
    chosen.sort((x, y) => x - y);
    const scored = scores.created[i]!;
    for (const j of chosen) {
      favUser[n] = scores.user[i]!;
      favTrack[n] = scores.trackIdOf(s, j);
      favSoundtrack[n] = scores.all[s]!.id;
      favTime[n] = scored + Math.floor((NOW_S - scored) * rng());
      n++;
    }
  }
  w.phase("favourite tracks", total);
  await insertRows(w, favouriteTracks, total, (i) => ({
    userId: readers.ids[favUser[i]!]!,
    trackId: favTrack[i]!,
    soundtrackId: favSoundtrack[i]!,
    createdAt: favTime[i]!,
  }));
}
