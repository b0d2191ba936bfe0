import type { ScoreSummary as Stats } from "@/db/queries/scores";
import { formatScore } from "@/lib/format";
import { describeDifference, scoreDifference } from "@/lib/scores";

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
  criticScore: number | null;
  stats: Stats;
  /** The signed-in reader's own score, in tenths. */
  yours: number | null;
  /** The reader asked not to see the readers' average before scoring. */
  crowdHidden: boolean;
};

/** "You 8.5 · Critic 9.0 · Readers 8.1 from 142", then "0.5 below the critic · 0.4 above readers". */
export function ScoreSummary({ criticScore, stats, yours, crowdHidden }: ScoreSummaryProps) {
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
  } else if (stats.average === null) {
    parts.push(
      <span key="readers" className="text-soft">
        No reader scores yet
      </span>,
    );
  } else {
    parts.push(
      <Figure
        key="readers"
        label="Readers"
        value={formatScore(stats.average)}
        after={`from ${stats.count}`}
      />,
    );
  }

  const differences: string[] = [];
  if (yours !== null && criticScore !== null) {
    differences.push(describeDifference(scoreDifference(yours, criticScore), "the critic"));
  }
  if (yours !== null && stats.average !== null && !crowdHidden) {
    differences.push(describeDifference(scoreDifference(yours, stats.average), "readers"));
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
