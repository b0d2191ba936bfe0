import { getScoreStats } from "@/db/queries/scores";
import { ReadersLikeYouScore } from "@/components/taste/readers-like-you-score";
import { CrowdGate } from "./crowd-gate";
import { ScoreControls } from "./score-controls";
import { ScoreHistogram } from "./score-histogram";
import { ScoreSummary } from "./score-summary";

type ScorePanelProps = {
  reviewId: number;
  soundtrackId: number;
  slug: string;
  /** The critic's score in tenths, or null when the review has none. */
  criticScore: number | null;
};

/**
 * The critic's score and the readers' average and spread (read from score_stats), rendered into
 * the static page; the reader's own score, the differences and the forms are islands.
 */
export async function ScorePanel({ reviewId, soundtrackId, slug, criticScore }: ScorePanelProps) {
  const stats = await getScoreStats(soundtrackId);
  return (
    <section
      id="scores"
      aria-labelledby="scores-heading"
      className="scroll-mt-24 rounded-lg border border-stone-300 p-4 sm:p-6 dark:border-stone-700"
    >
      <h2 id="scores-heading" className="font-serif text-2xl font-semibold">
        Scores
      </h2>
      <noscript>
        {/* Without JavaScript nobody is signed in: the readers' figures show at once. */}
        <style>{".crowd-pending { visibility: visible; }"}</style>
      </noscript>
      <ScoreSummary
        reviewId={reviewId}
        criticScore={criticScore}
        readers={{ average: stats.average, count: stats.count }}
      />
      <ReadersLikeYouScore reviewId={reviewId} soundtrackId={soundtrackId} />
      <CrowdGate reviewId={reviewId}>
        <ScoreHistogram histogram={stats.histogram} count={stats.count} />
      </CrowdGate>
      <ScoreControls reviewId={reviewId} soundtrackId={soundtrackId} slug={slug} />
    </section>
  );
}
