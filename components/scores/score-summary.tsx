"use client";

import { formatScore } from "@/lib/format";
import { describeDifference, scoreDifference } from "@/lib/scores";
import { useReviewViewer } from "@/components/viewer/use-viewer";

function Dot() {
  return (
    <span aria-hidden="true" className="text-soft">
      {" · "}
    </span>
  );
}

function Figure({ label, value, after }: { label: string; value: string; after?: string }) {
  return (
    <span className="whitespace-nowrap">
      <span className="text-soft">{label}</span>{" "}
      <strong className="font-serif text-xl font-semibold text-accent dark:text-night-accent">
        {value}
      </strong>
      {after && <span className="text-soft"> {after}</span>}
    </span>
  );
}

type ScoreSummaryProps = {
  reviewId: number;
  criticScore: number | null;
  /** The readers' average in tenths (null when nobody scored) and how many scored. */
  readers: { average: number | null; count: number };
};

/**
 * "You 8.5 · Critic 9.0 · Readers 8.1 from 142", then "0.5 below the critic · 0.4 above readers".
 * The page renders the visitor's line; the reader's own score joins it once known.
 */
export function ScoreSummary({ reviewId, criticScore, readers }: ScoreSummaryProps) {
  const state = useReviewViewer(reviewId);
  // Until it is known who is reading, the readers' figures keep their place unseen: a reader who
  // asked not to see them before scoring must not glimpse them either.
  const pending = state.status === "loading";
  const own = state.status === "reader" ? state.review : null;
  const yours = own?.score ?? null;
  const crowdHidden = Boolean(own?.hideCrowdUntilScored) && yours === null;

  const parts: React.ReactNode[] = [];
  if (yours !== null) parts.push(<Figure key="you" label="You" value={formatScore(yours)} />);
  parts.push(
    criticScore === null ? (
      <span key="critic" className="text-soft">
        No critic score
      </span>
    ) : (
      <Figure key="critic" label="Critic" value={formatScore(criticScore)} />
    ),
  );
  if (crowdHidden) {
    parts.push(
      <span key="readers" className="text-soft">
        Readers’ average hidden
      </span>,
    );
  } else if (readers.average === null) {
    parts.push(
      <span key="readers" className="text-soft">
        No reader scores yet
      </span>,
    );
  } else {
    parts.push(
      <span key="readers" className={pending ? "crowd-pending invisible" : undefined}>
        <Figure
          label="Readers"
          value={formatScore(readers.average)}
          after={`from ${readers.count}`}
        />
      </span>,
    );
  }

  const differences: string[] = [];
  if (yours !== null && criticScore !== null) {
    differences.push(describeDifference(scoreDifference(yours, criticScore), "the critic"));
  }
  if (yours !== null && readers.average !== null && !crowdHidden) {
    differences.push(describeDifference(scoreDifference(yours, readers.average), "readers"));
  }

  return (
    <div className="mt-3">
      <p className="leading-relaxed">
        {parts.flatMap((part, i) => (i === 0 ? [part] : [<Dot key={`dot-${i}`} />, part]))}
      </p>
      {differences.length > 0 && <p className="mt-1 text-sm">{differences.join(" · ")}</p>}
    </div>
  );
}
