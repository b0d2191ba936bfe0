// Tracks: how many each soundtrack has is drawn up front; the lists themselves come from
// trackList(k), the same every time they are asked for.
import { tracks as tracksTable } from "@/db/schema";
import { insertRows } from "./database";
import { allocate, normal, rngFor } from "./random";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import { trackList } from "./text";

export type Tracks = {
  /** Soundtrack k's track count, and the id of its first track. */
  count: Int32Array;
  start: Int32Array;
  titlesOf(k: number): string[];
};

/** 8 to 40 tracks a soundtrack, `counts.tracks` in all. */
export function planTracks({ counts }: Run, seeded: Seeded): Tracks {
  const S = counts.soundtracks;
  const count = new Int32Array(S);
  const rng = rngFor("track-counts");
  const weights = new Float64Array(S);
  for (let k = 0; k < S; k++) weights[k] = Math.exp(0.6 * normal(rng));
  const extra = allocate(counts.tracks - 8 * S, weights, () => 32, rng);
  for (let k = 0; k < S; k++) count[k] = 8 + extra[k]!;
  const start = new Int32Array(S);
  for (let k = 0, next = seeded.base.track + 1; k < S; k++) {
    start[k] = next;
    next += count[k]!;
  }
  const titles = new Map<number, string[]>();
  const titlesOf = (k: number) => {
    let list = titles.get(k);
    if (!list) {
      list = trackList(k, count[k]!).map((t) => t.title);
      titles.set(k, list);
    }
    return list;
  };
  return { count, start, titlesOf };
}

export async function writeTracks({ w, counts }: Run, seeded: Seeded, tracks: Tracks) {
  const { count, start } = tracks;
  w.phase("tracks", counts.tracks);
  let k = 0;
  let list = trackList(0, count[0]!);
  await insertRows(w, tracksTable, counts.tracks, (i) => {
    const id = seeded.base.track + i + 1;
    while (id >= start[k]! + count[k]!) {
      k++;
      list = trackList(k, count[k]!);
    }
    const t = list[id - start[k]!]!;
    return {
      id,
      soundtrackId: seeded.base.soundtrack + k + 1,
      disc: t.disc,
      position: t.position,
      title: t.title,
      durationSeconds: t.duration,
      favouriteCount: 0,
    };
  });
}
