import Link from "next/link";
import { getScoreStats, getViewerScoreState } from "@/db/queries/scores";
import type { Viewer } from "@/lib/auth/viewer";
import { CrowdToggle } from "./crowd-toggle";
import { ScoreForm } from "./score-form";
import { ScoreHistogram } from "./score-histogram";
import { ScoreSummary } from "./score-summary";

type ScorePanelProps = {
  soundtrackId: number;
  slug: string;
  /** The critic's score in tenths, or null when the review has none. */
  criticScore: number | null;
  viewer: Viewer | null;
};

export function scoresSignInHref(slug: string) {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${slug}#scores`)}`;
}

/**
 * The critic's score, the readers' average and spread (read from score_stats), and for a
 * signed-in reader their own score, the differences and the form to score.
 */
export async function ScorePanel({ soundtrackId, slug, criticScore, viewer }: ScorePanelProps) {
  const [stats, own] = await Promise.all([
    getScoreStats(soundtrackId),
    viewer ? getViewerScoreState(viewer.id, soundtrackId) : null,
  ]);
  const yours = own?.score ?? null;
  const crowdHidden = Boolean(own?.hideCrowdUntilScored) && yours === null;
  return (
    <section
      id="scores"
      aria-labelledby="scores-heading"
      className="scroll-mt-24 rounded-lg border border-stone-300 p-4 sm:p-6 dark:border-stone-700"
    >
      <h2 id="scores-heading" className="font-serif text-2xl font-semibold">
        Scores
      </h2>
      <ScoreSummary
        criticScore={criticScore}
        stats={stats}
        yours={yours}
        crowdHidden={crowdHidden}
      />
      {crowdHidden ? (
        <p className="mt-4 rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">
          You asked to see the readers’ average once you’ve scored. Add your score to reveal it.
        </p>
      ) : (
        <ScoreHistogram histogram={stats.histogram} count={stats.count} />
      )}
      {viewer && own ? (
        <>
          <ScoreForm slug={slug} soundtrackId={soundtrackId} savedScore={yours} />
          <CrowdToggle slug={slug} soundtrackId={soundtrackId} hide={own.hideCrowdUntilScored} />
        </>
      ) : (
        <p className="mt-6">
          <Link href={scoresSignInHref(slug)} className="link-accent font-medium">
            Sign in to add your score
          </Link>
        </p>
      )}
    </section>
  );
}
