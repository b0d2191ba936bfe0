// The catalogue: composers, soundtracks and who wrote them, reviews, tracks.
import { writeComposers } from "./composers";
import type { Rng } from "./random";
import { writeReviews } from "./reviews";
import type { Run } from "./run";
import type { Seeded } from "./seed";
import type { TextContext } from "./sentences";
import { writeSoundtracks, type Soundtracks } from "./soundtracks";
import { planTracks, writeTracks, type Tracks } from "./tracks";

export type Catalogue = Soundtracks & {
  composers: string[];
  tracks: Tracks;
  criticScores: (number | null)[];
  /** What text about synthetic soundtrack k is made of, drawing from `rng`. */
  textAbout(k: number, rng: Rng): TextContext;
};

export async function writeCatalogue(run: Run, seeded: Seeded): Promise<Catalogue> {
  const composers = await writeComposers(run, seeded);
  const soundtracks = await writeSoundtracks(run, seeded);
  const tracks = planTracks(run, seeded);
  const textAbout = (k: number, rng: Rng): TextContext => ({
    rng,
    film: soundtracks.titles[k]!,
    composer: composers[soundtracks.composerOf[k]![0]!]!,
    tracks: tracks.titlesOf(k),
  });
  const criticScores = await writeReviews(run, seeded, soundtracks, textAbout);
  await writeTracks(run, seeded, tracks);
  return { ...soundtracks, composers, tracks, criticScores, textAbout };
}
