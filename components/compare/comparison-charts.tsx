import type { ComparedSoundtrack, PairScores } from "@/db/queries/compare";
import { countAxis, durationAxis } from "@/lib/chart-ticks";
import { histogramPeak } from "@/lib/scores";
import { ScoreHistogramChart } from "./score-histogram-chart";
import { ScorePairs } from "./score-pairs";
import { TrackProfile } from "./track-profile";

type Props = {
  soundtracks: ComparedSoundtrack[];
  pairs: PairScores[];
  titleOf: (soundtrackId: number) => string;
};

const sectionHeading = "font-serif text-2xl font-semibold";

/** The track-length profiles and the readers' scores, each soundtrack's chart beside the others. */
export function ComparisonCharts({ soundtracks, pairs, titleOf }: Props) {
  const lengths = durationAxis(
    Math.max(0, ...soundtracks.flatMap((s) => s.tracks.map((t) => t.durationSeconds))),
  );
  const readers = countAxis(
    Math.max(0, ...soundtracks.map((s) => histogramPeak(s.readers.histogram))),
  );
  return (
    <>
      <section aria-labelledby="profiles-heading" className="mt-10">
        <h2 id="profiles-heading" className={sectionHeading}>
          Track lengths, first to last
        </h2>
        <p className="mt-1 text-sm text-soft">
          On one scale: the tallest bar is the longest track of all {soundtracks.length}.
        </p>
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          {soundtracks.map((s) => (
            <TrackProfile
              key={s.id}
              id={`profile-${s.slug}`}
              filmTitle={s.filmTitle}
              tracks={s.tracks}
              axis={lengths}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="scores-heading" className="mt-10">
        <h2 id="scores-heading" className={sectionHeading}>
          How readers scored them
        </h2>
        {soundtracks.filter((s) => s.readers.count > 0).length > 1 && (
          <p className="mt-1 text-sm text-soft">
            On one scale too: a column as tall in two charts stands for as many readers.
          </p>
        )}
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          {soundtracks.map((s) => (
            <ScoreHistogramChart
              key={s.id}
              id={`scores-${s.slug}`}
              filmTitle={s.filmTitle}
              summary={s.readers}
              axis={readers}
            />
          ))}
        </div>
        <h3 className="mt-8 text-lg font-semibold">
          {pairs.length === 1 ? "Readers who scored both" : "Readers who scored each pair"}
        </h3>
        <ScorePairs pairs={pairs} titleOf={titleOf} />
      </section>
    </>
  );
}
